using Site.Publishing;
using Site.Urls;

namespace Site.Tests.Publishing;

/// <summary>
/// A build keeps the scan of every page until its link check: what a scan keeps is what the check needs, and no more.
/// </summary>
public sealed class PageScanTests
{
    private const string Page = """
        <!doctype html>
        <html><body>
        <nav><a href="/">Home</a> <a href="/t/s01/">One</a> <a href="/t/s02/">Two</a></nav>
        <p id="s01-t02">Hi <a href="#s01-t02">¶</a> <a href="#gone">?</a> <a name="old"></a></p>
        <p id="b">See <a href="/t/s01/#s01-t03">there</a>, <a href="/missing/">here</a>,
        <a href="/t/s01/?q=1&amp;r=2">query</a>, <a href="//cdn.example/x.js">cdn</a>, <a href="rel/">relative</a>.</p>
        <img src="/assets/logo.png"><p id="a"></p>
        </body></html>
        """;

    [Fact]
    public void Ids_are_kept_sorted_and_links_to_the_page_itself_are_settled_by_the_scan()
    {
        var scan = PageScan.Parse(Page);

        Assert.Equal(["a", "b", "old", "s01-t02"], scan.Ids);
        Assert.True(scan.HasId("s01-t02"));
        Assert.True(scan.HasId("old".AsSpan()));
        Assert.False(scan.HasId("s01-t0"));
        Assert.False(scan.HasId("zz"));
        Assert.DoesNotContain(scan.Links, link => link.Value == "#s01-t02");
        Assert.Contains(scan.Links, link => link.Value == "#gone");
        Assert.Equal(
            ["/", "/t/s01/", "/t/s02/", "#gone", "/t/s01/#s01-t03", "/missing/", "/t/s01/?q=1&r=2", "//cdn.example/x.js", "rel/", "/assets/logo.png"],
            scan.Links.Select(link => link.Value));
    }

    [Fact]
    public void Links_keep_offsets_that_give_the_line_and_column_of_their_value()
    {
        var scan = PageScan.Parse(Page);
        var missing = scan.Links.Single(link => link.Value == "/missing/");

        Assert.Equal(Page.IndexOf("/missing/", StringComparison.Ordinal), missing.Offset);
        var lines = Page.Split('\n');
        var line = Array.FindIndex(lines, text => text.Contains("/missing/", StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf("/missing/", StringComparison.Ordinal) + 1), PageScan.PositionOf(Page, missing.Offset));
        Assert.Equal((1, 1), PageScan.PositionOf(Page, 0));
        Assert.Equal((1, 1), PageScan.PositionOf(string.Empty, 42));
    }

    [Fact]
    public void Links_that_reach_a_planned_file_without_a_fragment_are_not_kept()
    {
        var planned = new PlannedFiles(new UrlHelper("/", string.Empty), ["index.html", "t/s01/index.html", "t/s02/index.html", "assets/logo.png"]);

        var scan = PageScan.Parse(Page, planned: planned);

        // Kept: a fragment of another page (its ids are known only at the end), a missing file, a character
        // reference, other hosts and relative links (checked at the end, as before), the page's own missing id.
        Assert.Equal(
            ["#gone", "/t/s01/#s01-t03", "/missing/", "/t/s01/?q=1&r=2", "//cdn.example/x.js", "rel/"],
            scan.Links.Select(link => link.Value));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/t/s01/", true)]
    [InlineData("/t/s01", true)] // a folder: the server redirects to its index
    [InlineData("/t/s01/index.html", true)]
    [InlineData("/t/s01/?q=1", true)]
    [InlineData("/t/%73%30%31/", true)] // percent-decoded, as browsers and the checker do: s01
    [InlineData("/t/s09/", false)]
    [InlineData("/t/s01/#x", false)]
    [InlineData("/t/s01/?a&amp;b", false)]
    [InlineData("//t/s01/", false)]
    [InlineData("t/s01/", false)]
    [InlineData("", false)]
    public void A_planned_file_is_reached_as_the_link_check_resolves_links(string link, bool reaches)
    {
        var planned = new PlannedFiles(new UrlHelper("/", string.Empty), ["index.html", "t/s01/index.html"]);

        Assert.Equal(reaches, planned.Reaches(link));
        Assert.Equal(reaches, planned.Reaches(link)); // and the second time, from its memory
    }

    [Fact]
    public void Under_a_base_path_only_links_below_it_reach_planned_files()
    {
        var planned = new PlannedFiles(new UrlHelper("/repo/", string.Empty), ["index.html", "t/index.html"]);

        Assert.True(planned.Reaches("/repo/"));
        Assert.True(planned.Reaches("/repo/t/"));
        Assert.False(planned.Reaches("/t/"));
        Assert.False(planned.Reaches("/"));
    }
}
