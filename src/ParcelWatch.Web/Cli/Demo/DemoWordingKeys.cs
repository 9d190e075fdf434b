using ParcelWatch.Web.Features.Parcels.Domain;

namespace ParcelWatch.Web.Cli.Demo;

/// <summary>The stored wording key and its class of a demo declaration text, computed once per distinct text.</summary>
internal static class DemoWordingKeys
{
    public static (string Wording, int Class) Of(Dictionary<string, (string Wording, int Class)> known, string declarationText)
    {
        if (!known.TryGetValue(declarationText, out var keys))
        {
            var wording = SearchKeys.Wording(declarationText);
            known[declarationText] = keys = (wording, (int)SearchKeys.Class(wording));
        }

        return keys;
    }
}
