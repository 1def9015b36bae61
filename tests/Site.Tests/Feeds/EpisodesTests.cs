using System.Globalization;
using System.Text.RegularExpressions;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Feeds;

/// <summary>A series: the home page lists episodes newest first, each shows its neighbours, each speaks its own language.</summary>
public sealed partial class EpisodesTests
{
    [Fact]
    public async Task The_series_builds_to_the_expected_files()
    {
        using var temp = new TempFolder();

        var result = await SeriesSite.BuildAsync(temp);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Golden.AssertFolder("Golden/310-episodes/expected", temp.Combine("output"));
    }

    [Fact]
    public async Task The_home_page_lists_episodes_newest_first_with_their_dates()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);
        var home = temp.Read("output/index.html");

        var listed = EpisodeLink().Matches(home).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(SeriesSite.Order, listed);
        var dates = TimeElement().Matches(home).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["2026-12-01T18:30:00+08:00", "2026-11-06", "2025-03-02"], dates);
        Assert.Contains("<time datetime=\"2026-12-01T18:30:00+08:00\">", temp.Read("output/panel/index.html"), StringComparison.Ordinal);
        // A date that is not ISO 8601 is shown as written, without a machine date.
        Assert.Contains("<time>Spring 2024</time>", temp.Read("output/notes/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_of_an_episode_links_the_newer_and_the_older_one()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        foreach (var page in new[] { "2026-11-06-launch/index.html", "2026-11-06-launch/s01/index.html", "2026-11-06-launch/speakers/he-yihui/index.html" })
        {
            var html = temp.Read("output/" + page);
            Assert.Equal("/series/panel/", Neighbour(html, "newer"));
            Assert.Equal("/series/roundtable/", Neighbour(html, "older"));
        }

        Assert.Null(Neighbour(temp.Read("output/panel/index.html"), "newer"));
        Assert.Equal("/series/2026-11-06-launch/", Neighbour(temp.Read("output/panel/index.html"), "older"));
        Assert.Equal("/series/roundtable/", Neighbour(temp.Read("output/notes/index.html"), "newer"));
        Assert.Null(Neighbour(temp.Read("output/notes/index.html"), "older"));
    }

    [Fact]
    public async Task An_english_transcript_in_a_chinese_site_is_labelled_in_english()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        foreach (var page in new[] { "panel/index.html", "panel/s01/index.html", "panel/speakers/bo/index.html" })
        {
            var html = temp.Read("output/" + page);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
            Assert.Contains(">Skip to content<", html, StringComparison.Ordinal);
            Assert.DoesNotContain("跳到", html, StringComparison.Ordinal);
        }

        var overview = temp.Read("output/panel/index.html");
        Assert.Contains("<h2 id=\"guests\">Guests</h2>", overview, StringComparison.Ordinal);
        Assert.Contains("Older: <a", overview, StringComparison.Ordinal);
        var chinese = temp.Read("output/roundtable/index.html");
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", chinese, StringComparison.Ordinal);
        Assert.Contains("较新：", chinese, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", temp.Read("output/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_iso_8601_is_a_warning_where_it_is_written()
    {
        using var temp = new TempFolder();

        var result = await SeriesSite.BuildAsync(temp);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DateNotIso);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("notes.txt", warning.Path, StringComparison.Ordinal);
        Assert.Equal((3, 7), (warning.Line, warning.Column));
        Assert.Contains("'Spring 2024'", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>51 daily episodes: one more than a page of the home page and of the indexes holds.</summary>
    private static async Task BuildLongSeriesAsync(TempFolder temp)
    {
        temp.Write("input/site.yml", "title: Long\nlanguage: en\n");
        for (var day = 1; day <= 51; day++)
        {
            var date = new DateOnly(2026, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            temp.Write($"input/transcripts/{date}-day.txt", $"---\ntitle: Day {day}\nspeakers:\n  - name: Ann\n  - name: Bo\n---\nAnn: Hello on day {day}.\n\nBo: Hello back.\n");
        }

        await temp.BuildSucceededAsync();
    }

    [Theory]
    [InlineData("sections")]
    [InlineData("speakers")]
    public async Task The_sections_and_speakers_indexes_of_a_long_series_are_paginated_too(string index)
    {
        using var temp = new TempFolder();
        await BuildLongSeriesAsync(temp);

        var first = temp.Read($"output/{index}/index.html");
        var second = temp.Read($"output/{index}/page/2/index.html");
        const string Heading = "<h2[^>]*>(<a [^>]*>)?Day \\d+<";
        Assert.Equal(50, Regex.Count(first, Heading));
        Assert.Contains(">Day 1<", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">Day 51<", first, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(second, Heading));
        Assert.Contains(">Day 51<", second, StringComparison.Ordinal);
        Assert.Contains($"class=\"pager__next\" rel=\"next\" href=\"/{index}/page/2/\"", first, StringComparison.Ordinal);
        Assert.Contains($"class=\"pager__prev\" rel=\"prev\" href=\"/{index}/\"", second, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine($"output/{index}/page/3/index.html")));
    }

    [Fact]
    public async Task A_long_series_is_paginated_with_prev_and_next_links()
    {
        using var temp = new TempFolder();
        await BuildLongSeriesAsync(temp);

        var first = temp.Read("output/index.html");
        var second = temp.Read("output/page/2/index.html");
        Assert.Equal(50, EpisodeLink().Count(first));
        Assert.Equal(["/2026-02-21-day/"], EpisodeLink().Matches(first).Take(1).Select(match => match.Groups[1].Value));
        Assert.Equal(["/2026-01-02-day/"], EpisodeLink().Matches(second).Select(match => match.Groups[1].Value));
        Assert.Contains("<link rel=\"next\" href=\"/page/2/\">", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"/\">", second, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"next\"", second, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("output/page/3/index.html")));
    }

    [Fact]
    public async Task The_series_pages_pass_html_validate()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);
        if (!File.Exists(Path.Combine(Repository.Root, "node_modules", ".bin", "html-validate")))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "html-validate is not installed: run 'npm ci' at the repository root before the tests (package.json pins it)");
            return;
        }

        var (exitCode, report) = await ProcessRunner.RunAsync("npx", ["--no-install", "html-validate", "--config", Path.Combine(Repository.Root, ".htmlvalidate.json"), "--formatter", "text", temp.Combine("output")], Repository.Root);

        Assert.True(exitCode == 0, "html-validate found problems:\n" + report);
    }

    private static string? Neighbour(string html, string which)
    {
        var match = Regex.Match(html, $"<p class=\"episode-nav__{which}\">[^<]*<a href=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<h2 class=\"episode__title\"><a href=\"([^\"]+)\"")]
    private static partial Regex EpisodeLink();

    [GeneratedRegex("<time datetime=\"([^\"]+)\">")]
    private static partial Regex TimeElement();
}
