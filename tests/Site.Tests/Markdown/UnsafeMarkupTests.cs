using Site.Building;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Markdown;

public sealed class UnsafeMarkupTests
{
    private const string About =
        "---\ntitle: About\n---\n" +
        "Before the script.\n\n" +
        "<script>alert(1)</script>\n\n" +
        "Some <b>bold</b> words and [a trap](javascript:alert(2)) and ![a picture](data:image/svg+xml,x).\n\n" +
        "## Heading {#who onclick=alert(3)}\n\n" +
        "<!-- a note to self -->\n\n" +
        "After the script.\n";

    private static async Task<(string Html, List<string> Warnings)> BuildAboutAsync(string siteYml)
    {
        using var temp = new TempFolder();
        temp.Write("input/about.md", About);
        temp.Write("input/site.yml", siteYml);
        var result = await temp.BuildSucceededAsync();
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlOmitted)
            .Select(d => d.ToString().Replace(temp.Path, "<site>", StringComparison.Ordinal)).ToList();
        return (ContentOf(temp.Read("output/about/index.html")), warnings);
    }

    /// <summary>The page's own content: the theme around it has scripts of its own.</summary>
    private static string ContentOf(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..(html.IndexOf("</main>", StringComparison.Ordinal) + 7)];

    [Fact]
    public async Task Raw_html_and_unsafe_links_in_a_page_are_left_out_with_a_warning_at_their_place()
    {
        var (html, warnings) = await BuildAboutAsync("title: Test\n");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:image", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Before the script.", html, StringComparison.Ordinal);
        Assert.Contains("Some bold words and a trap and a picture.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"who\">Heading</h2>", html, StringComparison.Ordinal);
        Assert.Contains("After the script.", html, StringComparison.Ordinal);
        Assert.Equal(
            [
                "<site>/input/about.md(6,1): warning SITE017: raw HTML '<script>alert(1)</script>' is left out (set markup: { unsafe: true } in site.yml to keep raw HTML)",
                "<site>/input/about.md(8,6): warning SITE017: raw HTML '<b>' is left out (set markup: { unsafe: true } in site.yml to keep raw HTML)",
                "<site>/input/about.md(8,13): warning SITE017: raw HTML '</b>' is left out (set markup: { unsafe: true } in site.yml to keep raw HTML)",
                "<site>/input/about.md(8,28): warning SITE017: link to 'javascript:alert(2)' is left out (its text is kept): the scheme 'javascript:' is not allowed: use http, https, mailto or a relative path",
                "<site>/input/about.md(8,62): warning SITE017: image to 'data:image/svg+xml,x' is left out (its description is kept): the scheme 'data:' is not allowed: use http, https, mailto or a relative path",
                "<site>/input/about.md(10,1): warning SITE017: attribute 'onclick' is left out: event handlers are raw HTML (set markup: { unsafe: true } in site.yml to keep raw HTML)",
            ],
            warnings);
    }

    [Fact]
    public async Task With_markup_unsafe_raw_html_is_kept_but_unsafe_links_are_not()
    {
        var (html, warnings) = await BuildAboutAsync("markup:\n  unsafe: true\n");

        Assert.Contains("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("Some <b>bold</b> words", html, StringComparison.Ordinal);
        Assert.Contains("onclick=\"alert(3)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:image", html, StringComparison.Ordinal);
        Assert.Equal(2, warnings.Count);
    }

    [Fact]
    public async Task Raw_html_in_a_glossary_definition_is_left_out_with_a_warning_in_glossary_yml()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");
        temp.Write("input/glossary.yml",
            "- id: agi\n  zh: 通用人工智能\n  en: AGI\n  short: 通用智能\n  definition: |\n    A definition.\n    <img src=x onerror=alert(1)> and [a trap](javascript:alert(2)).\n");

        var result = await temp.BuildAsync();

        var html = ContentOf(temp.Read("output/glossary/agi/index.html"));
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A definition.\nand a trap.", html, StringComparison.Ordinal);
        Assert.Equal(
            [
                "glossary.yml(7,5): warning SITE017: raw HTML '<img src=x onerror=alert(1)>' is left out (set markup: { unsafe: true } in site.yml to keep raw HTML)",
                "glossary.yml(7,38): warning SITE017: link to 'javascript:alert(2)' is left out (its text is kept): the scheme 'javascript:' is not allowed: use http, https, mailto or a relative path",
            ],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlOmitted).Select(d => $"{Path.GetFileName(d.Path)}({d.Line},{d.Column}): warning {d.Code}: {d.Message}"));
    }
}
