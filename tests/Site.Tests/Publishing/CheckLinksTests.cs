using Site.Diagnostics;
using Site.Publishing;
using Site.Urls;

namespace Site.Tests.Publishing;

public sealed class CheckLinksTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-links-" + Guid.NewGuid().ToString("N"));

    public CheckLinksTests()
    {
        Write("index.html", """
            <!DOCTYPE html>
            <html><head><link rel="stylesheet" href="/repo/assets/site.css"></head>
            <body id="top-of-page">
            <a href="/repo/about/">ok</a> <a href="/repo/about/#team">ok fragment</a>
            <a href="/repo/%E7%AC%94%E8%AE%B0/#%E7%AC%AC%E4%B8%80%E8%8A%82">ok encoded</a>
            <a href="笔记/#第一节">ok relative</a> <a href="/repo/about">ok folder</a>
            <a href="https://example.com/x">external</a> <a href="mailto:a@b.c">mail</a>
            <a href="#top-of-page">ok here</a> <a href="?q=1">ok query</a> <a href="#top">ok top</a>
            <!-- <a href="/repo/commented-out/">ignored</a> -->
            <script>var s = '<a href="/repo/in-script/">';</script>
            <a href="/repo/missing/">broken</a>
              <a href="/repo/about/#nobody">broken fragment</a>
            <a href="/elsewhere/">outside base</a>
            <img src="/repo/images/%E5%9B%BE.png" alt=""><img src='/repo/images/none.png' alt="">
            <a href="https://owner.github.io/repo/about/#team">absolute, ok</a><a href="https://owner.github.io/repo/gone/">absolute, broken</a>
            </body></html>
            """);
        Write("about/index.html", """<h2 id="team">Team</h2><a name="old">old anchor</a><a href="../#top-of-page">up</a><a href="./#old">self</a><a href="../../x/">above root</a>""");
        Write("笔记/index.html", """<h2 id="第一节">第一节</h2>""");
        Write("assets/site.css", "body{}");
        Write("images/图.png", "png");
    }

    [Fact]
    public void Reports_each_broken_link_and_fragment_at_its_line_and_column()
    {
        var diagnostics = Check(Severity.Warning);

        Assert.Equal(
            [
                "about/index.html(1,118): warning SITE501: broken link '../../x/': it points outside the site's base path /repo/",
                "index.html(11,10): warning SITE501: broken link '/repo/missing/': there is no /repo/missing/ in the output",
                "index.html(12,12): warning SITE502: broken link '/repo/about/#nobody': /repo/about/ has no element with id 'nobody'",
                "index.html(13,10): warning SITE501: broken link '/elsewhere/': it points outside the site's base path /repo/",
                "index.html(14,56): warning SITE501: broken link '/repo/images/none.png': there is no /repo/images/none.png in the output",
                "index.html(15,77): warning SITE501: broken link 'https://owner.github.io/repo/gone/': there is no /repo/gone/ in the output",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Strict_checks_report_errors()
    {
        Assert.All(Check(Severity.Error), d => Assert.True(d.IsError));
    }

    [Fact]
    public void A_site_without_base_path_resolves_root_relative_links_from_the_root()
    {
        var root = Path.Combine(_root, "plain");
        Directory.CreateDirectory(Path.Combine(root, "a"));
        File.WriteAllText(Path.Combine(root, "index.html"), """<a href="/a/#x">a</a><a href="/b/">b</a>""");
        File.WriteAllText(Path.Combine(root, "a", "index.html"), """<p id="x">x</p>""");

        var diagnostics = new CheckLinks(new UrlHelper("/", string.Empty), Severity.Warning).Check(root, page => page);

        Assert.Equal(["index.html(1,31): warning SITE501: broken link '/b/': there is no /b/ in the output"], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Relative_links_in_the_404_page_are_reported_because_it_is_served_at_any_depth()
    {
        Write("404.html", """<a href="/repo/">home</a><a href="about/">relative</a>""");

        var diagnostic = Assert.Single(Check(Severity.Warning), d => d.Path == "404.html");

        Assert.StartsWith("404.html(1,35): warning SITE501: relative link 'about/' in 404.html", diagnostic.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<Diagnostic> Check(Severity severity) =>
        new CheckLinks(new UrlHelper("/repo/", "https://owner.github.io/repo/"), severity)
            .Check(_root, page => page)
            .Where(d => !d.Path.StartsWith("plain/", StringComparison.Ordinal))
            .ToList();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }
}
