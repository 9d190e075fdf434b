using Microsoft.AspNetCore.Identity;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// The sender used while no SMTP server is configured (the default): e-mail confirmation is then off,
/// and password-reset mails are not sent; the log says so, without the address or the link.
/// </summary>
internal sealed class IdentityNoOpEmailSender(ILogger<IdentityNoOpEmailSender> logger) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Skip("confirmation link");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => Skip("password reset link");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Skip("password reset code");

    private Task Skip(string kind)
    {
        logger.LogInformation("No SMTP server is configured (Accounts:Smtp:Host); the {MailKind} was not sent", kind);
        return Task.CompletedTask;
    }
}
