using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>Registers the DbContext for the configured provider (SQLite, the embedded default).</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "ParcelWatch";
    public const string SqliteMigrationsAssembly = "ParcelWatch.Migrations.Sqlite";

    public static WebApplicationBuilder AddParcelWatchDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported by this build; use 'Sqlite'.");
        }

        var connectionString = ResolveSqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDbContextFactory<ParcelWatchDbContext>((services, options) => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(services.GetRequiredService<StatsInvalidation>()));
        builder.Services.AddScoped<CustomsPointSeeder>();
        builder.Services.AddHealthChecks().AddDbContextCheck<ParcelWatchDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// The configured connection string, or a file <c>parcelwatch.db</c> in <c>Database:DataDirectory</c>
    /// (default <c>App_Data</c> under the content root). The folder is created when missing.
    /// </summary>
    public static string ResolveSqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var csb = new SqliteConnectionStringBuilder(configured);
        if (string.IsNullOrWhiteSpace(csb.DataSource))
        {
            var directory = Path.GetFullPath(configuration["Database:DataDirectory"] ?? "App_Data", contentRoot);
            csb.DataSource = Path.Combine(directory, "parcelwatch.db");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource, contentRoot));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return csb.ToString();
    }
}
