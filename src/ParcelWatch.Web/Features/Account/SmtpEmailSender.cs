using System.Net;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Account;

/// <summary>Sends account e-mails through the SMTP server of <c>Accounts:Smtp</c>; used only when a host is set.</summary>
public sealed class SmtpEmailSender(IOptions<AccountOptions> options, IStringLocalizer<SharedResource> localizer)
    : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, localizer["Confirm your email"], localizer["Please confirm your account by <a href='{0}'>clicking here</a>.", confirmationLink]);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, localizer["Reset your password"], localizer["Please reset your password by <a href='{0}'>clicking here</a>.", resetLink]);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, localizer["Reset your password"], localizer["Please reset your password using the following code: {0}", resetCode]);

    private async Task SendAsync(string to, string subject, string htmlBody)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var message = new MailMessage(smtp.From, to, subject, htmlBody) { IsBodyHtml = true };
        await client.SendMailAsync(message);
    }
}
