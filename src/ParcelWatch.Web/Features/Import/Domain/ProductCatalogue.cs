using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.ReferenceData;

namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>
/// Brands and category words from the embedded <c>product-catalogue.json</c>: splits "Xiaomi Redmi 4X" into brand and
/// model, and tells the category of a row whose sheet has none, from the model's words, then the brand's catalogue,
/// then the declaration's words; <see cref="ProductCategory.Unknown"/> when none of them tells. Immutable: safe to share.
/// </summary>
public sealed class ProductCatalogue
{
    private const int StemLength = 4;

    private readonly FrozenDictionary<string, Brand> _brandsByAlias;
    private readonly FrozenDictionary<string, Brand> _brandsByLine;
    private readonly FrozenDictionary<string, ProductCategory>.AlternateLookup<ReadOnlySpan<char>> _words;

    private ProductCatalogue(CatalogueFile file)
    {
        _brandsByAlias = file.Brands.SelectMany(b => b.Aliases.Append(b.Name).Select(a => (Key: LookupKey.Of(a), Brand: b)))
            .DistinctBy(a => a.Key).ToFrozenDictionary(a => a.Key, a => a.Brand);
        _brandsByLine = file.Brands.SelectMany(b => b.Lines.Select(l => (Key: LookupKey.Of(l), Brand: b)))
            .DistinctBy(a => a.Key).ToFrozenDictionary(a => a.Key, a => a.Brand);
        // Phone words last: a word of any other category wins ("чехол для телефона" is an accessory).
        _words = file.Words.OrderBy(w => w.Key == ProductCategory.Phone)
            .SelectMany(w => w.Value.Select(word => (Key: LookupKey.Of(word), Category: w.Key)))
            .DistinctBy(w => w.Key).ToFrozenDictionary(w => w.Key, w => w.Category).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly JsonSerializerOptions FileOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public static ProductCatalogue Embedded { get; } = Load();

    /// <summary>
    /// The brand and model of a row: a model cell that starts with a known brand ("Xiaomi Redmi 4X", "сяоми Mi 6") gives
    /// the brand and the rest; a model line ("Redmi 4X", "iPhone 7") names its brand and stays whole.
    /// </summary>
    public (string? Brand, string? Model) SplitBrand(string? brand, string? model)
    {
        if (model is null)
        {
            return (brand, model);
        }

        var space = model.IndexOf(' ', StringComparison.Ordinal);
        var first = LookupKey.Of(space < 0 ? model : model[..space]);
        if (_brandsByAlias.TryGetValue(first, out var named) && (brand is null || LookupKey.Of(brand) == first || _brandsByAlias.GetValueOrDefault(LookupKey.Of(brand)) == named))
        {
            var rest = space < 0 ? null : model[(space + 1)..].Trim();
            return (brand ?? named.Name, string.IsNullOrEmpty(rest) ? null : rest);
        }

        return (brand ?? (_brandsByLine.TryGetValue(first, out var line) ? line.Name : null), model);
    }

    /// <summary>The category the words tell, or null.</summary>
    public ProductCategory? CategoryOfWords(string? text)
    {
        if (text is null)
        {
            return null;
        }

        ProductCategory? phone = null;
        Span<char> buffer = stackalloc char[64];
        foreach (var range in text.AsSpan().SplitAny(" ,.;:/()-+\"'«»\t"))
        {
            var word = text.AsSpan()[range];
            if (word.Length == 0)
            {
                continue;
            }

            var length = word[..Math.Min(word.Length, buffer.Length)].ToLowerInvariant(buffer);
            var lower = buffer[..length];
            lower.Replace('ё', 'е');
            if (Find(lower) is { } category)
            {
                if (category != ProductCategory.Phone)
                {
                    return category;
                }

                phone = category;
            }
        }

        return phone;
    }

    /// <summary>The category of a row without one: its model, its brand's catalogue, its declaration; else Unknown.</summary>
    public ProductCategory Infer(string? brand, string? model, string? declaration) =>
        CategoryOfWords(model)
        ?? (brand is not null && _brandsByAlias.TryGetValue(LookupKey.Of(brand), out var known) ? known.Category : null)
        ?? CategoryOfWords(declaration)
        ?? ProductCategory.Unknown;

    /// <summary>The word itself, or its longest stem of four letters or more ("телефона" → "телефон").</summary>
    private ProductCategory? Find(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var exact))
        {
            return exact;
        }

        for (var length = word.Length - 1; length >= StemLength; length--)
        {
            if (_words.TryGetValue(word[..length], out var stem))
            {
                return stem;
            }
        }

        return null;
    }

    private static ProductCatalogue Load()
    {
        using var stream = EmbeddedReferenceData.Open("product-catalogue.json");
        return new ProductCatalogue(JsonSerializer.Deserialize<CatalogueFile>(stream, FileOptions)
            ?? throw new InvalidOperationException("product-catalogue.json is empty."));
    }

    private sealed record Brand(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
        [property: JsonPropertyName("lines")] IReadOnlyList<string> Lines,
        [property: JsonPropertyName("category")] ProductCategory? Category);

    private sealed record CatalogueFile(
        [property: JsonPropertyName("brands")] IReadOnlyList<Brand> Brands,
        [property: JsonPropertyName("words")] IReadOnlyDictionary<ProductCategory, IReadOnlyList<string>> Words);
}
