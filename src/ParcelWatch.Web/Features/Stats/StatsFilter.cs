using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>The query string of every statistics and export endpoint (and of the Statistics page's URL).</summary>
public sealed record StatsQuery(
    string? From, string? To, string? Brand, string? Category, string? Carrier, string? Shop, string? Declaration,
    string? WordingClass = null, string? Wording = null,
    [property: Description("Band of the declared value in US dollars at fixed rates: Under20, From20To50, From50To100, From100To200, From200 (docs/decisions/ADR-022).")] string? ValueBand = null);

/// <summary>
/// Which reports a statistic counts. Only visible reports ever count (never hidden, never duplicates).
/// The period filters on the <b>shipping date</b>: a report without one is left out once a period is set.
/// Brand and carrier match whole values ignoring case; declaration matches any part of the text; wording matches the
/// normalized wording whole ("Phone." and "phone" are one), wording class the stored class of it; value band the band of the declared value (<see cref="ValueBands"/>).
/// </summary>
public sealed record StatsFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Brand = null,
    ProductCategory? Category = null,
    string? Carrier = null,
    Shop? Shop = null,
    string? Declaration = null,
    WordingClass? WordingClass = null,
    string? Wording = null,
    ValueBand? ValueBand = null)
{
    public static StatsFilter None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>How many of the filters are set.</summary>
    public int ActiveCount =>
        new object?[] { From, To, Brand, Category, Carrier, Shop, Declaration, WordingClass, Wording, ValueBand }.Count(value => value is not null);

    /// <summary>Reads the query; the messages are in the reader's language (API and pages alike).</summary>
    public static (StatsFilter? Filter, FieldErrors Errors) Parse(StatsQuery query, IStringLocalizer localizer)
    {
        var errors = new FieldErrors();
        var from = InputText.OptionalQueryDate(query.From, "from", errors, localizer);
        var to = InputText.OptionalQueryDate(query.To, "to", errors, localizer);
        if (from > to)
        {
            errors.Add("to", localizer["The end of the period is before its start."]);
        }

        var category = ParseName<ProductCategory>(query.Category, "category", errors, localizer);
        var shop = ParseName<Shop>(query.Shop, "shop", errors, localizer);
        var brand = Bounded(query.Brand, "brand", ParcelLimits.Brand, errors, localizer);
        var carrier = Bounded(query.Carrier, "carrier", ParcelLimits.CarrierCode, errors, localizer)?.ToUpperInvariant();
        var declaration = Bounded(query.Declaration, "declaration", ParcelLimits.DeclarationText, errors, localizer);
        var wordingClass = ParseName<WordingClass>(query.WordingClass, "wordingClass", errors, localizer);
        var wording = Bounded(query.Wording, "wording", ParcelLimits.DeclarationText, errors, localizer);
        var valueBand = ParseName<ValueBand>(query.ValueBand, "valueBand", errors, localizer);
        var wordingKey = wording is null ? null : SearchKeys.Wording(wording);
        return errors.Any
            ? (null, errors)
            : (new StatsFilter(from, to, brand, category, carrier, shop, declaration, wordingClass, wordingKey is "" ? null : wordingKey, valueBand), errors);
    }

    /// <summary>The visible reports of <paramref name="db"/> that pass the filter, read without tracking.</summary>
    public IQueryable<ParcelReport> Apply(ParcelWatchDbContext db)
    {
        var query = db.ParcelReports.AsNoTracking().Where(p => p.ModerationState == ModerationState.Visible);
        if (From is { } from)
        {
            query = query.Where(p => p.ShippedOn >= from);
        }

        if (To is { } to)
        {
            query = query.Where(p => p.ShippedOn <= to);
        }

        if (Brand is not null)
        {
            var brandKey = SearchKeys.Brand(Brand);
            query = query.Where(p => p.BrandKey == brandKey);
        }

        if (Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (Carrier is not null)
        {
            query = query.Where(p => p.CarrierCode == Carrier);
        }

        if (Shop is { } shop)
        {
            query = query.Where(p => p.Shop == shop);
        }

        if (WordingClass is { } wordingClass)
        {
            query = query.Where(p => p.WordingClass == wordingClass);
        }

        if (Wording is not null)
        {
            query = query.Where(p => p.DeclarationWording == Wording);
        }

        if (ValueBand is { } valueBand)
        {
            query = query.Where(ValueBands.Holds(valueBand));
        }

        if (Declaration is not null)
        {
            // Ignoring case: SQLite's LIKE does (for ASCII letters); PostgreSQL's needs ILIKE (which does for every letter).
            var pattern = "%" + Escape(Declaration) + "%";
            query = db.Database.IsNpgsql()
                ? query.Where(p => EF.Functions.ILike(p.DeclarationText, pattern, "\\"))
                : query.Where(p => EF.Functions.Like(p.DeclarationText, pattern, "\\"));
        }

        return query;
    }

    /// <summary>The filter as a query string (without '?'), for links and for the URL of the Statistics page.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("brand", Brand);
        Add("category", Category?.ToString());
        Add("carrier", Carrier);
        Add("shop", Shop?.ToString());
        Add("declaration", Declaration);
        Add("wordingClass", WordingClass?.ToString());
        Add("wording", Wording);
        Add("valueBand", ValueBand?.ToString());
        return string.Join('&', parts);
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static TEnum? ParseName<TEnum>(string? value, string field, FieldErrors errors, IStringLocalizer localizer)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (InputText.TryParseName<TEnum>(value, out var result))
        {
            return result;
        }

        errors.Add(field, localizer["Unknown value '{0}'; use one of: {1}.", value.Trim(), string.Join(", ", Enum.GetNames<TEnum>())]);
        return null;
    }

    private static string? Bounded(string? value, string field, int maximumLength, FieldErrors errors, IStringLocalizer localizer)
    {
        var text = InputText.Clean(value);
        if (text is { Length: var length } && length > maximumLength)
        {
            errors.Add(field, localizer["At most {0} characters.", maximumLength]);
            return null;
        }

        return text;
    }
}
