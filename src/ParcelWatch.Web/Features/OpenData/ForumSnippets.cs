using System.Net;

namespace ParcelWatch.Web.Features.OpenData;

/// <summary>
/// "Copy for a forum": a point's badge linking back to the filtered point page, as BBCode, Markdown and HTML.
/// Every URL and the alternative text are escaped for the markup they go into.
/// </summary>
public sealed record ForumSnippets(string BbCode, string Markdown, string Html)
{
    public static ForumSnippets For(Uri page, Uri badge, string altText)
    {
        var markdownAlt = altText.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var html = $"<a href=\"{WebUtility.HtmlEncode(page.AbsoluteUri)}\"><img src=\"{WebUtility.HtmlEncode(badge.AbsoluteUri)}\" alt=\"{WebUtility.HtmlEncode(altText)}\"></a>";
        return new ForumSnippets(
            $"[url={page.AbsoluteUri}][img]{badge.AbsoluteUri}[/img][/url]",
            $"[![{markdownAlt}]({badge.AbsoluteUri})]({page.AbsoluteUri})",
            html);
    }
}
