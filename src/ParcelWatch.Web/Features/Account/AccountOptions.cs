using System.ComponentModel.DataAnnotations;

namespace ParcelWatch.Web.Features.Account;

/// <summary>Account settings from the <c>Accounts</c> section; checked at start (ADR-021).</summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string SectionName = "Accounts";

    /// <summary>Require a confirmed e-mail before sign-in. Needs <see cref="Smtp"/>: a fresh machine has no mail server.</summary>
    public bool RequireConfirmedEmail { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RequireConfirmedEmail && !Smtp.IsConfigured)
        {
            yield return new ValidationResult(
                "Accounts:RequireConfirmedEmail is on but Accounts:Smtp:Host is not set: nobody could confirm an account.",
                [nameof(RequireConfirmedEmail)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Accounts:Smtp:Port must be between 1 and 65535.", [nameof(Smtp)]);
        }
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "parcelwatch@localhost";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
