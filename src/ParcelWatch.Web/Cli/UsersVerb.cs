using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation;

namespace ParcelWatch.Web.Cli;

/// <summary>
/// <c>users grant-role|revoke-role &lt;email&gt; &lt;role&gt;</c>: gives a registered user a role (the first moderator,
/// say) or takes it away, with the same rules and audit entry as the Users page (actor <c>cli</c>).
/// </summary>
public sealed class UsersVerb(UserManager<ApplicationUser> users, UserRolesService roles) : ICommandLineVerb
{
    public string Name => "users";

    public string Usage => $"users grant-role|revoke-role <email> <{string.Join('|', Roles.All)}>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        if (arguments is not [("grant-role" or "revoke-role") and var command, var email, var role])
        {
            await errorOutput.WriteLineAsync($"Usage: {Usage}");
            return CommandLineRunner.UsageError;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await errorOutput.WriteLineAsync($"No user is registered with the email '{email}'.");
            return 1;
        }

        var result = command == "grant-role"
            ? await roles.GrantAsync(AuditLog.CommandLineActor, user.Id, role, CancellationToken.None)
            : await roles.RevokeAsync(AuditLog.CommandLineActor, user.Id, role, CancellationToken.None);
        if (result.Value is not { } changed)
        {
            var why = result.Errors is { } errors ? string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)) : result.Message;
            await errorOutput.WriteLineAsync(why);
            return 1;
        }

        await output.WriteLineAsync($"{email} now has the roles: {(changed.Roles.Count > 0 ? string.Join(", ", changed.Roles) : "none")}.");
        return 0;
    }
}
