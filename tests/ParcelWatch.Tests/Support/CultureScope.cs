using System.Globalization;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// Sets the culture and UI culture (numbers and texts) to <c>name</c> until disposed, then puts the previous ones back:
/// <c>using var _ = new CultureScope("ru");</c>.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
