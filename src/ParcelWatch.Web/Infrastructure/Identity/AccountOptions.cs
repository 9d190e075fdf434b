namespace ParcelWatch.Web.Infrastructure.Identity;

/// <summary>Account settings from the <c>Accounts</c> section.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Require a confirmed e-mail before sign-in. Needs <see cref="Smtp"/>: a fresh machine has no mail server.</summary>
    public bool RequireConfirmedEmail { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
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
