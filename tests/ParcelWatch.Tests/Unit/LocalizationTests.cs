using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Unit;

/// <summary>Every English key the code asks for has a Russian entry, and the table holds no dead entries.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string WebProject = RepositoryPaths.WebProject;

    [Fact]
    public void Every_key_used_in_code_has_a_russian_translation()
    {
        var russian = RussianTable();
        var missing = KeysUsedInCode().Where(key => !russian.ContainsKey(key)).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.ru.resx: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Every_russian_entry_is_used_and_not_empty()
    {
        var used = KeysUsedInCode().Concat(Roles.All).ToHashSet();
        var russian = RussianTable();

        Assert.DoesNotContain(russian.Keys, key => !used.Contains(key));
        Assert.All(russian, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void Role_names_are_translated() => Assert.All(Roles.All, role => Assert.True(RussianTable().ContainsKey(role), role));

    private static Dictionary<string, string> RussianTable() =>
        XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.ru.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static HashSet<string> KeysUsedInCode() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".razor", StringComparison.Ordinal) || path.EndsWith(".cs", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => LocalizerCall().Matches(File.ReadAllText(path)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .ToHashSet();

    // L["..."], localizer["..."], Localizer["..."]
    [GeneratedRegex("""\b(?:L|localizer|Localizer)\["(?<key>(?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizerCall();
}
