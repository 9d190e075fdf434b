namespace ParcelWatch.Web.Features.Import.Domain;

/// <summary>How a spreadsheet word is looked up: lower case, letters and digits only, ё as е ("Трек-номер" = "трек номер").</summary>
public static class LookupKey
{
    public static string Of(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant().Replace('ё', 'е');
}
