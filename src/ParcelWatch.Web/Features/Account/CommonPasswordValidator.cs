using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Refuses passwords found in the embedded list of commonly used passwords, and passwords longer than
/// <see cref="IdentitySetup.MaximumPasswordLength"/> (ASVS 5.0 asks for at least 64 to be allowed).
/// </summary>
public sealed class CommonPasswordValidator<TUser>(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<TUser>
    where TUser : class
{
    public const string TooCommonCode = "PasswordTooCommon";
    public const string TooLongCode = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > IdentitySetup.MaximumPasswordLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = TooLongCode,
                Description = localizer["Passwords must be at most {0} characters.", IdentitySetup.MaximumPasswordLength],
            }));
        }

        return Task.FromResult(CommonPasswords.Contains(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = TooCommonCode,
                Description = localizer["This password is too common and easy to guess; choose another, a short phrase works well."],
            })
            : IdentityResult.Success);
    }
}

/// <summary>The embedded list <c>common-passwords.txt</c>, compared case-insensitively.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(() =>
    {
        using var reader = new StreamReader(EmbeddedReferenceData.Open("common-passwords.txt"));
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line.Trim());
            }
        }

        return entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    });

    public static int Count => Set.Value.Count;

    public static bool Contains(string password) => Set.Value.Contains(password.Trim());
}
