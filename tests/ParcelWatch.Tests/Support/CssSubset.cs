using System.Text;
using System.Text.RegularExpressions;

namespace ParcelWatch.Tests.Support;

/// <summary>
/// Cuts a minified stylesheet (MudBlazor's) down to the rules a set of pages can use: a style rule stays when one of its
/// selectors names only classes the pages carry, so its text is kept byte for byte (a CSS library would re-serialise
/// it, and the subset must apply exactly as the full sheet does). At-rules that hold rules (<c>@media</c>,
/// <c>@supports</c>, <c>@layer</c>, <c>@container</c>) keep the rules that stay; other at-rules (<c>@keyframes</c>,
/// <c>@font-face</c>) stay whole. Classes inside <c>:not(…)</c>, <c>:is(…)</c>, <c>:where(…)</c> and <c>:has(…)</c>
/// do not count, so a rule such as <c>.mud-button-root:not(.mud-disabled):hover</c> stays with its button.
/// </summary>
public static partial class CssSubset
{
    private static readonly string[] GroupingRules = ["@media", "@supports", "@layer", "@container"];

    /// <summary>The rules of <paramref name="css"/> that elements carrying only <paramref name="classes"/> can match, in their order.</summary>
    public static string Keep(string css, IReadOnlySet<string> classes)
    {
        var kept = new StringBuilder();
        foreach (var (prelude, body) in Blocks(css))
        {
            if (HoldsRules(prelude))
            {
                var inner = Keep(body, classes);
                if (inner.Length > 0)
                {
                    kept.Append(prelude).Append('{').Append(inner).Append('}');
                }
            }
            else if (prelude.StartsWith('@') || Selectors(prelude).Any(selector => NeededClasses(selector).All(classes.Contains)))
            {
                kept.Append(prelude).Append('{').Append(body).Append('}');
            }
        }

        return kept.ToString();
    }

    /// <summary>Every rule as its at-rule context and text (<c>@media (x){.a{…}}</c> gives <c>@media (x) .a{…}</c>), to compare two sheets rule by rule.</summary>
    public static IEnumerable<string> Rules(string css, string context = "")
    {
        foreach (var (prelude, body) in Blocks(css))
        {
            if (HoldsRules(prelude))
            {
                foreach (var rule in Rules(body, context + prelude + " "))
                {
                    yield return rule;
                }
            }
            else
            {
                yield return context + prelude + "{" + body + "}";
            }
        }
    }

    private static bool HoldsRules(string prelude) => GroupingRules.Any(rule => prelude.StartsWith(rule, StringComparison.Ordinal));

    /// <summary>The classes an element must carry for <paramref name="selector"/> to match it (negations and alternatives left out).</summary>
    public static IEnumerable<string> NeededClasses(string selector) =>
        ClassName().Matches(FunctionalPseudoClass().Replace(selector, "")).Select(match => match.Groups["name"].Value);

    // The selectors of a list, split at the commas outside parentheses (":where(.a,.b)" stays whole).
    private static IEnumerable<string> Selectors(string list)
    {
        var (depth, start) = (0, 0);
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i];
                start = i + 1;
            }
        }

        yield return list[start..];
    }

    // Top-level blocks "prelude{body}"; braces inside strings and nested blocks are skipped over.
    private static IEnumerable<(string Prelude, string Body)> Blocks(string css)
    {
        css = Comment().Replace(css, "").TrimStart('\uFEFF');
        var start = 0;
        while (start < css.Length)
        {
            var open = css.IndexOf('{', start);
            if (open < 0)
            {
                yield break;
            }

            var close = MatchingBrace(css, open);
            yield return (css[start..open].Trim(), css[(open + 1)..close]);
            start = close + 1;
        }
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            switch (css[i])
            {
                case '"' or '\'':
                    i = css.IndexOf(css[i], i + 1);
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        throw new FormatException($"The block opened at {open} is never closed.");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@":(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)")]
    private static partial Regex FunctionalPseudoClass();

    [GeneratedRegex(@"\.(?<name>-?[_a-zA-Z][\w-]*)")]
    private static partial Regex ClassName();
}
