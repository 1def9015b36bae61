using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.Charts;

/// <summary>The charts as the pages show them: golden HTML on a small site, and the strip's links on the seed too.</summary>
public sealed partial class ChartPageTests(ChartSite site) : IClassFixture<ChartSite>
{
    private static readonly string[] SmallPages =
    [
        "/pipelines/", "/pipelines/s01/", "/pipelines/s02/", "/pipelines/speakers/marco/",
        "/panel/", "/panel/s01/", "/panel/speakers/bo/",
    ];

    [Fact]
    public void Both_sites_build_without_diagnostics()
    {
        Assert.True(site.Small.Diagnostics.Count == 0, string.Join("\n", site.Small.Diagnostics));
        Assert.True(site.Seed.Diagnostics.Count == 0, string.Join("\n", site.Seed.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(SmallPageUrls))]
    public void Charts_match_the_golden_html(string url)
    {
        var html = ChartSite.Page(site.SmallOutput, url);
        var charts = Charts().Match(html);
        Assert.True(charts.Success, $"no charts on {url}");
        var reading = ReadingTime().Match(html);
        var highlights = Highlights().Match(html);
        var shown = string.Join("\n", new[] { reading.Value, charts.Value, highlights.Value }.Where(part => part.Length > 0)) + "\n";
        Golden.AssertText($"Golden/300-charts/expected/{url.Trim('/').Replace('/', '-')}.html", shown);
    }

    public static TheoryData<string> SmallPageUrls() => [.. SmallPages];

    [Theory]
    [InlineData("small")]
    [InlineData("seed")]
    public void The_overview_strip_has_one_link_per_turn_each_to_that_turn_on_its_page(string which)
    {
        var output = which == "small" ? site.SmallOutput : site.SeedOutput;
        foreach (var overview in Overviews(output))
        {
            var links = ChartSite.StripLinks(File.ReadAllText(overview));
            var allTurns = links.Select(link => link[..link.IndexOf('#')]).Distinct(StringComparer.Ordinal)
                .SelectMany(page => ChartSite.TurnIds(ChartSite.Page(output, page)))
                .ToList();

            // In conversation order: the strip's fragments are exactly the turns, each once.
            Assert.Equal(allTurns, links.Select(link => link[(link.IndexOf('#') + 1)..]));
            foreach (var link in links)
            {
                var (page, fragment) = (link[..link.IndexOf('#')], link[(link.IndexOf('#') + 1)..]);
                Assert.Contains(fragment, ChartSite.TurnIds(ChartSite.Page(output, page)));
            }
        }
    }

    [Theory]
    [InlineData("small")]
    [InlineData("seed")]
    public void A_section_strip_links_each_of_its_turns_once_on_the_same_page(string which)
    {
        var output = which == "small" ? site.SmallOutput : site.SeedOutput;
        var sections = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Where(path => SectionFolder().IsMatch(Path.GetFileName(Path.GetDirectoryName(path)!)))
            .ToList();
        Assert.NotEmpty(sections);
        foreach (var path in sections)
        {
            var html = File.ReadAllText(path);
            Assert.Equal(ChartSite.TurnIds(html).Order(StringComparer.Ordinal), ChartSite.StripLinks(html).Select(link => Assert.Single(Fragment().Matches(link)).Groups[1].Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_speaker_strip_draws_the_whole_conversation_and_links_only_their_turns()
    {
        var html = ChartSite.Page(site.SmallOutput, "/pipelines/speakers/marco/");
        var links = ChartSite.StripLinks(html);

        Assert.Equal(["#s01-t03", "#s01-t05", "#s02-t03"], links);
        Assert.Equal(ChartSite.TurnIds(html).Order(StringComparer.Ordinal), links.Select(link => link[1..]).Order(StringComparer.Ordinal));
        // The other five turns are drawn, dimmed, without links.
        Assert.Equal(5, Regex.Count(html, "class=\"dim\""));
    }

    [Fact]
    public void A_timed_strip_names_each_turn_with_its_start()
    {
        var html = ChartSite.Page(site.SmallOutput, "/panel/");

        Assert.Contains("aria-label=\"Ann Lee, 0:01, 11 words\"", html, StringComparison.Ordinal);
        Assert.Contains("each turn as wide as it lasts", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Transcript_text_in_highlights_stays_text()
    {
        var html = ChartSite.Page(site.SmallOutput, "/pipelines/");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_section_pages_with_their_charts_stay_under_100_KB_with_styles_and_scripts()
    {
        foreach (var section in Directory.EnumerateDirectories(Path.Combine(site.SeedOutput, "sora-panel"), "s0*"))
        {
            var html = File.ReadAllText(Path.Combine(section, "index.html"));
            var assets = Asset().Matches(html)
                .Select(match => match.Groups[1].Value)
                .Where(url => !url.Contains("search", StringComparison.Ordinal) && !url.Contains("pagefind", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Sum(url => new FileInfo(Path.Combine(site.SeedOutput, url.TrimStart('/'))).Length);
            var total = new FileInfo(Path.Combine(section, "index.html")).Length + assets;

            Assert.True(total < 100 * 1024, $"{section}: {total} bytes of HTML, CSS and JS");
        }
    }

    private static IEnumerable<string> Overviews(string output) =>
        Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains("chart--share", StringComparison.Ordinal));

    [GeneratedRegex("<div class=\"charts\">.*?</figure>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Charts();

    [GeneratedRegex("<p class=\"page-meta reading-time\">[^<]*</p>")]
    private static partial Regex ReadingTime();

    [GeneratedRegex("<h2 id=\"highlights\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex Highlights();

    [GeneratedRegex("^s\\d+$")]
    private static partial Regex SectionFolder();

    [GeneratedRegex("^#(s\\d+-t\\d+)$")]
    private static partial Regex Fragment();

    [GeneratedRegex("(?:href|src)=\"(/assets/[^\"]+\\.(?:css|js))\"")]
    private static partial Regex Asset();
}
