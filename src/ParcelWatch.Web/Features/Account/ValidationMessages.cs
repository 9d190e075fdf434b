using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ParcelWatch.Web.Features.Account;

/// <summary>
/// Data-annotation messages of the Account forms in the reader's language. Attributes can only name static
/// properties (<c>ErrorMessageResourceType</c>), so these read the shared string table directly.
/// </summary>
public static class ValidationMessages
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(
                Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

    public static string Required => Localizer["This field is required."];

    public static string Email => Localizer["Enter a valid email address."];

    /// <summary>For <c>StringLength</c>: {1} is the maximum, {2} the minimum.</summary>
    public static string PasswordLength => Localizer["The password must be at least {2} and at most {1} characters long."];

    public static string PasswordsDiffer => Localizer["The password and its confirmation do not match."];
}
