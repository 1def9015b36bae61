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
