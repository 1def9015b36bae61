using Site.Html;

namespace Site.Tests.Html;

/// <summary>The scanner the link checker and URL rewriting read pages with: start-tag attributes, nothing else.</summary>
public sealed class HtmlScannerTests
{
    private static List<(string Tag, string Name, string Value)> Scan(string html) =>
        [.. HtmlScanner.Attributes(html).Select(a => (a.Tag, a.Name, a.Value))];

    [Fact]
    public void Attributes_come_in_document_order_with_lower_case_names_and_decoded_values()
    {
        var html = "<!DOCTYPE html><A HREF=\"/a?x=1&amp;y=2\" Class='c d' data-x=plain hidden>t</A><img src=/i.png alt=\"\"/>";

        Assert.Equal(
            [("a", "href", "/a?x=1&y=2"), ("a", "class", "c d"), ("a", "data-x", "plain"), ("a", "hidden", ""), ("img", "src", "/i.png"), ("img", "alt", "")],
            Scan(html));
    }

    [Fact]
    public void Comments_and_the_text_of_script_style_textarea_and_title_are_not_markup()
    {
        var html = """
            <!-- <a href="/commented"> -->
            <script>var s = '<a href="/in-script">';</script>
            <STYLE>a[href="/in-style"] {}</STYLE>
            <textarea><a href="/in-textarea"></textarea>
            <title><a href="/in-title"></title>
            <a href="/real">x</a>
            """;

        Assert.Equal([("a", "href", "/real")], Scan(html));
    }

    [Fact]
    public void Filtered_scans_see_only_the_names_asked_for_and_still_skip_raw_text()
    {
        // They name only the tags that matter to them (a, and the raw-text ones); others are "".
        var html = "<a id=top name=n href=\"/x\" class=c><script src=\"/s.js\">'<a href=\"/no\">'</script><p id=\"p1\">";
        var found = HtmlScanner.Attributes(html, new HashSet<string>(StringComparer.Ordinal) { "id", "href", "src" })
            .Select(a => (a.Tag, a.Name, a.Value))
            .ToList();

        Assert.Equal([("a", "id", "top"), ("a", "href", "/x"), ("script", "src", "/s.js"), ("", "id", "p1")], found);
    }

    [Fact]
    public void Offsets_point_at_the_raw_value()
    {
        var html = "<p>\n<a  href = \"/here\">";
        var href = Assert.Single(HtmlScanner.Attributes(html));

        Assert.Equal("/here", html.Substring(href.Offset, href.Length));
    }

    [Fact]
    public void Malformed_markup_never_throws()
    {
        foreach (var html in new[] { "<", "<a", "<a href", "<a href=", "<a href=\"/x", "<!--", "<!", "<script>", "< a>", "<a b c='", "</" })
        {
            _ = HtmlScanner.Attributes(html);
        }
    }
}
