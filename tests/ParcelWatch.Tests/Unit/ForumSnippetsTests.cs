using ParcelWatch.Web.Features.OpenData;

namespace ParcelWatch.Tests.Unit;

public sealed class ForumSnippetsTests
{
    [Fact]
    public void Markup_characters_in_the_text_and_urls_are_escaped_for_each_format()
    {
        var snippets = ForumSnippets.For(new Uri("https://pw.example/stats/points/x?brand=A%22%3E&category=Phone"),
            new Uri("https://pw.example/badges/points/x.svg?brand=A&lang=en"), "Rate at [X] \"<b>\"");

        Assert.Equal("<a href=\"https://pw.example/stats/points/x?brand=A%22%3E&amp;category=Phone\"><img src=\"https://pw.example/badges/points/x.svg?brand=A&amp;lang=en\" alt=\"Rate at [X] &quot;&lt;b&gt;&quot;\"></a>", snippets.Html);
        Assert.Equal("[![Rate at \\[X\\] \"<b>\"](https://pw.example/badges/points/x.svg?brand=A&lang=en)](https://pw.example/stats/points/x?brand=A%22%3E&category=Phone)", snippets.Markdown);
        Assert.Equal("[url=https://pw.example/stats/points/x?brand=A%22%3E&category=Phone][img]https://pw.example/badges/points/x.svg?brand=A&lang=en[/img][/url]", snippets.BbCode);
    }
}
