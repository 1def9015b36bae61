using System.Text.RegularExpressions;

namespace Site.Tests.Publishing;

/// <summary>The built site served under its base path by a plain static server, crawled as a visitor would.</summary>
public sealed partial class CrawlTests
{
    [Fact]
    public async Task Every_link_and_fragment_resolves_under_the_base_path()
    {
        using var site = TestSite.Sample();
        var result = await site.BuildAsync("/sora-panel/");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var served = Path.Combine(site.Root, "served");
        CopyFolder(site.Output, Path.Combine(served, "sora-panel"));
        using var server = await StaticServer.StartAsync(served);
        using var http = new HttpClient();
        var scope = new Uri(server.Address, "/sora-panel/");

        // GitHub Pages shows 404.html at the missing address itself, however deep: its links must work from there.
        var notFound = await http.GetStringAsync(new Uri(scope, "404.html"));
        var deep = new Uri(scope, "no/such/page/");

        var sitemap = await http.GetStringAsync(new Uri(scope, "sitemap.xml"));
        var listed = Location().Matches(sitemap).Select(m => new Uri(server.Address, m.Groups[1].Value)).ToArray();
        Assert.Equal(3, listed.Length);

        var problems = await Crawler.CrawlAsync(http, scope, [(deep, notFound)], [scope, new Uri(scope, "robots.txt"), .. listed]);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_repository_site_has_no_broken_link_or_fragment_under_a_project_path()
    {
        // The product's promise for GitHub Pages: the Sora site built for /sora-panel/ (a transcript that is itself
        // named sora-panel, so its pages live at /sora-panel/sora-panel/s01/) crawls clean from its home page.
        using var temp = new Support.TempFolder();
        var result = await Site.Building.SiteBuilder.BuildAsync(new Site.Building.BuildOptions
        {
            Input = Path.Combine(Support.Repository.Root, "input"),
            Theme = Path.Combine(Support.Repository.Root, "theme"),
            Output = temp.Combine("output"),
            BaseUrl = "https://owner.github.io/sora-panel/",
            Strict = true,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var served = temp.Combine("served");
        CopyFolder(temp.Combine("output"), Path.Combine(served, "sora-panel"));
        using var server = await StaticServer.StartAsync(served);
        using var http = new HttpClient();
        var scope = new Uri(server.Address, "/sora-panel/");
        var notFound = await http.GetStringAsync(new Uri(scope, "404.html"));

        var problems = await Crawler.CrawlAsync(http, scope, [(new Uri(scope, "no/such/page/"), notFound)], [scope]);

        Assert.Empty(problems);
        var section = await http.GetStringAsync(new Uri(scope, "sora-panel/s01/"));
        Assert.Contains("href=\"/sora-panel/sora-panel/speakers/host/\"", section, StringComparison.Ordinal);
        Assert.Contains("href=\"/sora-panel/glossary/", section, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("<loc>([^<]*)</loc>")]
    private static partial Regex Location();
}
