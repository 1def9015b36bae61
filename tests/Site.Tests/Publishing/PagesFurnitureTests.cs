using System.Text.RegularExpressions;
using Site.Building;
using Site.Modules.Input;
using Site.Urls;

namespace Site.Tests.Publishing;

public sealed partial class PagesFurnitureTests
{
    private static readonly string Golden = Path.Combine(TestSite.RepositoryRoot, "tests", "Site.Tests", "Publishing", "Golden", "furniture");

    [Fact]
    public async Task Golden_site_has_sitemap_robots_cname_nojekyll_and_404()
    {
        using var site = new TestSite();
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = Path.Combine(Golden, "input"), Theme = TestSite.Theme, Output = site.Output, Strict = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var name in new[] { "sitemap.xml", "robots.txt", "CNAME" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(Golden, "expected", name)), File.ReadAllText(Path.Combine(site.Output, name)));
        }

        Assert.Equal(0, new FileInfo(Path.Combine(site.Output, ".nojekyll")).Length);

        var notFound = File.ReadAllText(Path.Combine(site.Output, "404.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", notFound, StringComparison.Ordinal);
        Assert.Contains("页面不存在", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", notFound, StringComparison.Ordinal);

        // At any depth: no link of the 404 page may be relative.
        foreach (Match link in UrlAttribute().Matches(notFound))
        {
            var url = link.Groups[1].Value;
            Assert.True(url.StartsWith("/sora-panel/", StringComparison.Ordinal) || url.StartsWith('#'), $"404.html has the relative link {url}");
        }
    }

    [Fact]
    public async Task Pages_get_canonical_open_graph_and_a_derived_description()
    {
        using var site = new TestSite();
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = Path.Combine(Golden, "input"), Theme = TestSite.Theme, Output = site.Output, Strict = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://owner.github.io/sora-panel/\">", home, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://owner.github.io/sora-panel/\">", home, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"这是首页的第一句话。这是第二句话。见发言人。\">", home, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"首页\">", home, StringComparison.Ordinal);

        var speakers = File.ReadAllText(Path.Combine(site.Output, "发言人", "index.html"));
        Assert.Contains("<meta name=\"description\" content=\"所有发言人。\">", speakers, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"所有发言人。\">", speakers, StringComparison.Ordinal);
    }

    [Fact]
    public void Robots_without_base_url_says_what_to_set()
    {
        Assert.Equal(
            "User-agent: *\nAllow: /\n\n# Sitemap: /sora-panel/sitemap.xml (set baseUrl in site.yml to list it here as an absolute URL)\n",
            CreateRobotsTxt.Text(new UrlHelper("/sora-panel/", string.Empty)));
    }

    [Theory]
    [InlineData("docs.example.com", "docs.example.com")]
    [InlineData("https://Docs.Example.com/", "docs.example.com")]
    [InlineData(" docs.example.com/ ", "docs.example.com")]
    [InlineData("", "")]
    public void Cname_holds_the_bare_host(string domain, string expected) => Assert.Equal(expected, CreateCnameFile.HostOf(domain));

    [Fact]
    public async Task No_cname_without_a_domain()
    {
        using var site = TestSite.Sample();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "CNAME")));
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex UrlAttribute();
}
