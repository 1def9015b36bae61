using System.Text.RegularExpressions;
using Site.Building;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Theming;

namespace Site.Tests.Theming;

/// <summary>
/// Layouts that only write <c>{{ content }}</c> are rendered around a marker and the page is spliced in afterwards;
/// a layout or partial that uses <c>content</c> in an expression, or captures it, gets the real page. Either way the
/// output must be what the templates say, with no trace of the marker (a private-use character, U+E000).
/// </summary>
public sealed partial class LayoutSplicingTests
{
    private const string Body = "The page body, *spliced* into its layouts.";
    private const string BodyHtml = "<p>The page body, <em>spliced</em> into its layouts.</p>";
    private const char MarkerStart = '\uE000';

    private const string PageLayout = """
        ---
        layout: mid
        ---
        <article class="page">
        {{ content }}
        </article>
        """;

    private const string BaseLayout = """
        <!DOCTYPE html>
        <html lang="en"><head><title>{{ page.title }}</title></head>
        <body><div class="base">
        {{ content }}
        </div></body></html>
        """;

    [Fact]
    public async Task A_chain_of_plain_layouts_holds_the_page_once_inside_each_wrapper()
    {
        using var temp = new TempFolder();
        var html = await BuildHomeAsync(
            temp,
            ("layouts/page.html", PageLayout),
            ("layouts/mid.html", "---\nlayout: base\n---\n<section class=\"mid\">\n{{ content }}\n</section>\n"),
            ("layouts/base.html", BaseLayout));

        // The point of the test is the marker path: every template involved must qualify for it.
        AssertSplicedWithMarker(temp, "page", "mid", "base");
        Assert.Equal(1, Occurrences(html, BodyHtml));
        AssertInOrder(html, "<div class=\"base\">", "<section class=\"mid\">", "<article class=\"page\">", BodyHtml, "</article>", "</section>", "</div>");
        AssertNoMarkerAnywhere(temp);
    }

    [Fact]
    public async Task A_layout_writing_content_twice_holds_the_page_twice()
    {
        using var temp = new TempFolder();
        var html = await BuildHomeAsync(
            temp,
            ("layouts/page.html", PageLayout),
            ("layouts/mid.html", "---\nlayout: base\n---\n<section class=\"first\">{{ content }}</section>\n<section class=\"second\">{{ content }}</section>\n"),
            ("layouts/base.html", BaseLayout));

        AssertSplicedWithMarker(temp, "page", "mid", "base");
        Assert.Equal(2, Occurrences(html, BodyHtml));
        AssertInOrder(html, "<section class=\"first\">", "<article class=\"page\">", BodyHtml, "</article></section>", "<section class=\"second\">", "<article class=\"page\">", BodyHtml, "</article></section>");
        AssertNoMarkerAnywhere(temp);
    }

    [Fact]
    public async Task A_layout_using_content_in_an_expression_sees_the_real_page()
    {
        using var temp = new TempFolder();
        var html = await BuildHomeAsync(
            temp,
            ("layouts/page.html", PageLayout),
            ("layouts/mid.html", "---\nlayout: base\n---\n<section class=\"mid\" data-size=\"{{ content | string.size }}\">{{ if content != \"\" }}{{ content }}{{ end }}</section>\n"),
            ("layouts/base.html", BaseLayout));

        // The layouts around it still take the marker path; only the middle one must get the page itself.
        var templates = Templates(temp);
        Assert.False(templates.GetLayout("mid")!.WritesContentAsIs);
        Assert.True(templates.GetLayout("page")!.WritesContentAsIs);
        Assert.True(templates.GetLayout("base")!.WritesContentAsIs);

        var mid = MidSection().Match(html);
        Assert.True(mid.Success, html);
        var inner = mid.Groups["inner"].Value;
        Assert.StartsWith("<article class=\"page\">", inner.TrimStart('\n'), StringComparison.Ordinal);
        Assert.Contains(BodyHtml, inner, StringComparison.Ordinal);
        Assert.Equal(inner.Length, int.Parse(mid.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, Occurrences(html, BodyHtml));
        AssertInOrder(html, "<div class=\"base\">", "<section class=\"mid\"", BodyHtml, "</section>", "</div>");
        AssertNoMarkerAnywhere(temp);
    }

    [Fact]
    public async Task A_layout_capturing_content_sees_the_real_page()
    {
        // {{ content }} is written out here, but into a captured value that is then measured and transformed.
        using var temp = new TempFolder();
        var html = await BuildHomeAsync(
            temp,
            ("layouts/page.html", PageLayout),
            ("layouts/mid.html", "---\nlayout: base\n---\n{{ capture body }}{{ content }}{{ end }}<section class=\"mid\" data-size=\"{{ body | string.size }}\">{{ body }}</section>\n<aside class=\"shout\">{{ body | string.upcase }}</aside>\n"),
            ("layouts/base.html", BaseLayout));

        var mid = MidSection().Match(html);
        Assert.True(mid.Success, html);
        var inner = mid.Groups["inner"].Value;
        Assert.Contains(BodyHtml, inner, StringComparison.Ordinal);
        Assert.Equal(inner.Length, int.Parse(mid.Groups["size"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(inner.ToUpperInvariant(), Between(html, "<aside class=\"shout\">", "</aside>"));
        AssertNoMarkerAnywhere(temp);
    }

    [Fact]
    public async Task A_partial_transforming_content_sees_the_real_page()
    {
        using var temp = new TempFolder();
        var html = await BuildHomeAsync(
            temp,
            ("layouts/page.html", "---\nlayout: base\n---\n<article class=\"page\">\n{{ content }}\n</article>\n"),
            ("layouts/base.html", "<!DOCTYPE html>\n<html lang=\"en\"><body>\n<main>{{ content }}</main>\n{{ include \"shout.html\" }}\n</body></html>\n"),
            ("partials/shout.html", "<aside class=\"shout\">{{ content | string.upcase }}</aside>\n"));

        // The layouts alone would qualify; the partial they render with must turn the marker path off.
        var templates = Templates(temp);
        Assert.True(templates.GetLayout("base")!.WritesContentAsIs);
        Assert.False(templates.PartialsWriteContentAsIs);

        var main = Between(html, "<main>", "</main>");
        AssertInOrder(main, "<article class=\"page\">", BodyHtml, "</article>");
        Assert.Equal(main.ToUpperInvariant(), Between(html, "<aside class=\"shout\">", "</aside>"));
        Assert.Equal(1, Occurrences(html, BodyHtml));
        AssertNoMarkerAnywhere(temp);
    }

    /// <summary>Builds input/index.md with the repository's theme and the given overrides, and returns its HTML.</summary>
    private static async Task<string> BuildHomeAsync(TempFolder temp, params (string Path, string Text)[] overrides)
    {
        temp.Write("input/site.yml", "title: Layouts\nlanguage: en\nnavigation:\n  - title: Home\n    url: /\n");
        temp.Write("input/index.md", "---\ntitle: Home\n---\n\n" + Body + "\n");
        foreach (var (path, text) in overrides)
        {
            temp.Write(Path.Combine("input", path), text);
        }

        await temp.BuildSucceededAsync();
        return temp.Read("output/index.html");
    }

    /// <summary>The templates as the build sees them (theme plus overrides in input/).</summary>
    private static ThemeTemplates Templates(TempFolder temp) =>
        new(new ThemeFiles(temp.Combine("input"), Path.Combine(Repository.Root, "theme")), new DiagnosticBag());

    private static void AssertSplicedWithMarker(TempFolder temp, params string[] layouts)
    {
        var templates = Templates(temp);
        Assert.True(templates.PartialsWriteContentAsIs);
        Assert.All(layouts, name => Assert.True(templates.GetLayout(name)!.WritesContentAsIs, name));
    }

    private static void AssertNoMarkerAnywhere(TempFolder temp)
    {
        foreach (var file in Directory.EnumerateFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(MarkerStart, File.ReadAllText(file));
        }
    }

    private static void AssertInOrder(string html, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = html.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after offset {at} in:\n{html}");
            at = found + part.Length;
        }
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found in:\n{html}");
        from += start.Length;
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not found after '{start}' in:\n{html}");
        return html[from..to];
    }

    private static int Occurrences(string text, string part) =>
        Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("<section class=\"mid\" data-size=\"(?<size>[0-9]+)\">(?<inner>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex MidSection();
}
