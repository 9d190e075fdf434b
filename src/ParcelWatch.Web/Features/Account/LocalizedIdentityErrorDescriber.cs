using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ParcelWatch.Web.Features.Account;

/// <summary>Identity's error descriptions in the reader's language; the codes stay Identity's own.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), localizer["An unknown failure has occurred."]);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), localizer["Incorrect password."]);

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), localizer["The link or code is invalid or has expired."]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), localizer["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), localizer["Username '{0}' is invalid.", userName ?? ""]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), localizer["Email '{0}' is already taken.", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), localizer["Username '{0}' is already taken.", userName]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), localizer["Passwords must be at least {0} characters.", length]);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), localizer["User already has the role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), localizer["User does not have the role '{0}'.", role]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
