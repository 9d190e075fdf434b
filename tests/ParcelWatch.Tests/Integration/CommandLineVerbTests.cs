using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Moderation;

namespace ParcelWatch.Tests.Integration;

/// <summary>The verbs of the real executable, run as separate processes on the same database file as the app.</summary>
public sealed class CommandLineVerbTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    [Fact]
    public async Task Grant_role_gives_a_registered_user_the_role()
    {
        var email = AuthApi.NewEmail("moderator");
        (await AuthApi.RegisterAsync(factory.CreateClient(), email)).EnsureSuccessStatusCode();

        var result = await AppProcess.RunAsync(factory.Database, "users", "grant-role", email, "Moderator");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Moderator", result.Output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(await users.IsInRoleAsync(user, Roles.Moderator));
        var db = scope.ServiceProvider.GetRequiredService<ParcelWatchDbContext>();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityId == user.Id);
        Assert.Equal((AuditLog.CommandLineActor, AuditActions.GrantRole), (entry.ActorId, entry.Action));
    }

    [Fact]
    public async Task Grant_role_to_an_unknown_user_fails_with_a_clear_message()
    {
        _ = factory.Services; // the app has created the database

        var result = await AppProcess.RunAsync(factory.Database, "users", "grant-role", "nobody@example.test", "Moderator");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No user is registered with the email 'nobody@example.test'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_an_unknown_role_fails_with_a_clear_message()
    {
        var email = AuthApi.NewEmail();
        (await AuthApi.RegisterAsync(factory.CreateClient(), email)).EnsureSuccessStatusCode();

        var result = await AppProcess.RunAsync(factory.Database, "users", "grant-role", email, "Admin");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown value 'Admin'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users", "grant-role", "only-an-email@example.test")]
    [InlineData("frobnicate")]
    public async Task Wrong_usage_exits_with_2_and_explains(params string[] arguments)
    {
        _ = factory.Services;

        var result = await AppProcess.RunAsync(factory.Database, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("grant-role|revoke-role <email>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_and_seeds_the_schema_in_an_empty_database_even_without_migrate_on_startup()
    {
        var folder = Directory.CreateTempSubdirectory("pw-migrate-");
        try
        {
            using var database = new TestDatabase(folder.FullName);
            var settings = new Dictionary<string, string?>(database.Settings) { ["Database:MigrateOnStartup"] = "false" };

            var result = await AppProcess.RunAsync(settings, "migrate");

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.True(database.Count("SELECT COUNT(*) FROM \"CustomsPoints\"") > 0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SqliteOnlyFact("EF Core's migration lock is a table row only on SQLite; PostgreSQL's advisory lock ends with the session")]
    public async Task Migrate_removes_the_migration_lock_a_killed_migration_left_instead_of_waiting_for_ever()
    {
        var folder = Directory.CreateTempSubdirectory("pw-migrate-");
        try
        {
            using var database = new TestDatabase(folder.FullName);
            Assert.Equal(0, (await AppProcess.RunAsync(database, "migrate")).ExitCode);
            await using (var connection = database.Open())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-02 07:37:46+00:00')";
                await command.ExecuteNonQueryAsync();
            }

            var result = await AppProcess.RunAsync(database, "migrate");

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Equal(0, database.Count("SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
