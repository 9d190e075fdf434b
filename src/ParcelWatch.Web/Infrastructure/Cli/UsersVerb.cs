using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Infrastructure.Cli;

/// <summary><c>users grant-role &lt;email&gt; &lt;role&gt;</c>: gives a registered user a role (the first moderator, say).</summary>
public sealed class UsersVerb(UserManager<ApplicationUser> users) : ICommandLineVerb
{
    public string Name => "users";

    public string Usage => $"users grant-role <email> <{string.Join('|', Roles.All)}>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errorOutput)
    {
        if (arguments is not ["grant-role", var email, var roleName])
        {
            await errorOutput.WriteLineAsync($"Usage: {Usage}");
            return CommandLineRunner.UsageError;
        }

        var role = Roles.All.FirstOrDefault(r => r.Equals(roleName, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            await errorOutput.WriteLineAsync($"Unknown role '{roleName}'. Roles: {string.Join(", ", Roles.All)}.");
            return 1;
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await errorOutput.WriteLineAsync($"No user is registered with the email '{email}'.");
            return 1;
        }

        if (await users.IsInRoleAsync(user, role))
        {
            await output.WriteLineAsync($"{email} already has the role {role}.");
            return 0;
        }

        var result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded)
        {
            await errorOutput.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"{email} now has the role {role}.");
        return 0;
    }
}
