using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Parcels;

/// <summary>
/// Every rule a parcel report must meet, with one message per failing field in the reader's language.
/// The API answers these as a 400 validation problem; the "Log a parcel" form shows them under each field.
/// </summary>
public sealed partial class ParcelRequestValidator(
    CustomsPointDirectory customsPoints,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    public const decimal MaximumDeclaredValue = 1_000_000m;
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public async Task<(ValidParcel? Parcel, FieldErrors Errors)> ValidateAsync(ParcelRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();

        var shop = RequiredName<Shop>(request.Shop, "shop", errors);
        var category = RequiredName<ProductCategory>(request.Category, "category", errors);
        var orderNumber = OptionalText(request.OrderNumber, "orderNumber", ParcelLimits.OrderNumber, errors);
        var brand = OptionalText(request.Brand, "brand", ParcelLimits.Brand, errors);
        var model = OptionalText(request.Model, "model", ParcelLimits.Model, errors);
        var declaration = OptionalText(request.DeclarationText, "declarationText", ParcelLimits.DeclarationText, errors);
        if (InputText.Clean(request.DeclarationText) is null)
        {
            errors.Add("declarationText", localizer["Copy the declaration text from the parcel's CN22 label."]);
        }

        var trackingNumber = ValidateTrackingNumber(request.TrackingNumber, errors, out var analysis);
        var carrierCode = ValidateCarrierCode(request.CarrierCode, analysis, errors);
        var customsPointId = await ValidateCustomsPointAsync(request.CustomsPointCode, errors, cancellationToken);
        var currency = ValidateDeclaredValue(request.DeclaredValue, request.Currency, errors);
        var shippedOn = OptionalDate(request.ShippedOn, "shippedOn", errors);

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new ValidParcel(shop, orderNumber, trackingNumber!, carrierCode, customsPointId, brand, model, category,
            declaration!, request.DeclaredValue, currency, shippedOn), errors);
    }

    /// <summary>A date field: optional, <c>yyyy-MM-dd</c>, not before 2000 and not in the future.</summary>
    public DateOnly? OptionalDate(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!InputText.TryParseDate(value, out var date))
        {
            errors.Add(field, localizer["Write the date as YYYY-MM-DD."]);
            return null;
        }

        if (date > InputText.LatestAllowedDate(clock))
        {
            errors.Add(field, localizer["The date cannot be in the future."]);
        }
        else if (date < EarliestDate)
        {
            errors.Add(field, localizer["The date is too far in the past."]);
        }

        return date;
    }

    private string? ValidateTrackingNumber(string? value, FieldErrors errors, out TrackingNumberAnalysis? analysis)
    {
        analysis = null;
        var normalized = TrackingNumbers.Normalize(value);
        if (normalized.Length == 0)
        {
            errors.Add("trackingNumber", localizer["Enter the tracking number."]);
            return null;
        }

        if (normalized.Length is < 8 or > ParcelLimits.TrackingNumber || !AsciiLettersAndDigits().IsMatch(normalized))
        {
            errors.Add("trackingNumber", localizer["A tracking number has 8 to 40 Latin letters and digits."]);
            return null;
        }

        analysis = TrackingNumbers.Analyze(normalized);
        if (analysis.CheckDigitValid == false)
        {
            errors.Add("trackingNumber", localizer["This looks like a UPU S10 number, but its check digit is wrong: check it for a typo."]);
            return null;
        }

        return normalized;
    }

    private string? ValidateCarrierCode(string? value, TrackingNumberAnalysis? analysis, FieldErrors errors)
    {
        var code = InputText.Clean(value)?.ToUpperInvariant();
        if (code is null)
        {
            return analysis?.Carrier?.Code ?? analysis?.CountryCode;
        }

        if (CarrierCatalog.Find(code) is null)
        {
            errors.Add("carrierCode", localizer["Unknown carrier code '{0}'.", code]);
        }

        return code;
    }

    private async Task<int> ValidateCustomsPointAsync(string? value, FieldErrors errors, CancellationToken cancellationToken)
    {
        var code = InputText.Clean(value);
        if (code is null)
        {
            errors.Add("customsPointCode", localizer["Choose the customs point."]);
            return 0;
        }

        var id = (await customsPoints.FindAsync(code, cancellationToken))?.Id;
        if (id is null)
        {
            errors.Add("customsPointCode", localizer["Unknown customs point '{0}'.", code]);
        }

        return id ?? 0;
    }

    private string? ValidateDeclaredValue(decimal? value, string? currencyText, FieldErrors errors)
    {
        var currency = InputText.Clean(currencyText)?.ToUpperInvariant();
        if (value is < 0 or > MaximumDeclaredValue)
        {
            errors.Add("declaredValue", localizer["The declared value must be between 0 and {0}.", MaximumDeclaredValue]);
        }

        if (currency is not null && !CurrencyCode().IsMatch(currency))
        {
            errors.Add("currency", localizer["The currency is a 3-letter code such as USD, EUR or RUB."]);
        }
        else if (value is not null && currency is null)
        {
            errors.Add("currency", localizer["Give the currency of the declared value."]);
        }

        return currency;
    }

    private TEnum RequiredName<TEnum>(string? value, string field, FieldErrors errors)
        where TEnum : struct, Enum
    {
        if (InputText.TryParseName<TEnum>(value, out var result))
        {
            return result;
        }

        errors.Add(field, string.IsNullOrWhiteSpace(value)
            ? localizer["This field is required."]
            : localizer["Unknown value '{0}'; use one of: {1}.", value.Trim(), string.Join(", ", Enum.GetNames<TEnum>())]);
        return default;
    }

    private string? OptionalText(string? value, string field, int maximumLength, FieldErrors errors)
    {
        var text = InputText.Clean(value);
        if (text is null)
        {
            return null;
        }

        if (text.Length > maximumLength)
        {
            errors.Add(field, localizer["At most {0} characters.", maximumLength]);
        }
        else if (InputText.HasControlCharacters(text) || text.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add(field, localizer["Use plain text on one line."]);
        }

        return text;
    }

    [GeneratedRegex("^[A-Z0-9]+$")]
    private static partial Regex AsciiLettersAndDigits();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
