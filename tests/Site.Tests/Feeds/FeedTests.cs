using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Tests.Support;

namespace Site.Tests.Feeds;

/// <summary>
/// The feeds, read by what reads feeds: System.Xml for the XML, the npm feed parser that feed readers use
/// (@rowanmanning/feed-parser) for RSS and Atom, and the JSON Feed 1.1 required fields.
/// </summary>
public sealed partial class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Podcast = "https://podcastindex.org/namespace/1.0";

    private static readonly string[] Ids = [.. SeriesSite.Order.Select(url => "https://example.org" + url)];

    [Fact]
    public async Task The_atom_feed_has_one_entry_per_episode_newest_first_with_rfc_3339_dates()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        var feed = XDocument.Parse(temp.Read("output/feed.atom")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("圆桌系列", feed.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/series/feed.atom", feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/series/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("2026-12-01T18:30:00+08:00", Rfc3339(feed.Element(Atom + "updated")!.Value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(Ids, entries.Select(entry => entry.Element(Atom + "id")!.Value));
        Assert.All(entries, entry =>
        {
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Rfc3339(entry.Element(Atom + "updated")!.Value);
        });
        Assert.Equal(["2026-12-01T18:30:00+08:00", "2026-11-06T00:00:00Z", "2025-03-02T00:00:00Z"], entries.Select(e => e.Element(Atom + "published")?.Value).OfType<string>());
        var enclosure = entries[0].Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.Equal(("https://example.org/audio/panel.mp3", "audio/mpeg"), ((string)enclosure.Attribute("href")!, (string)enclosure.Attribute("type")!));
    }

    [Fact]
    public async Task The_rss_feed_carries_podcast_transcripts_and_enclosures_with_rfc_822_dates()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        var rss = XDocument.Parse(temp.Read("output/feed.rss")).Root!;

        Assert.Equal(("rss", "2.0"), (rss.Name.LocalName, (string)rss.Attribute("version")!));
        Assert.Equal(Podcast.NamespaceName, (string)rss.Attribute(XNamespace.Xmlns + "podcast")!);
        var channel = rss.Element("channel")!;
        Assert.Equal("圆桌系列", channel.Element("title")!.Value);
        Assert.Equal("https://example.org/series/", channel.Element("link")!.Value);
        Assert.NotEmpty(channel.Element("description")!.Value);
        Rfc822(channel.Element("lastBuildDate")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(Ids, items.Select(item => item.Element("guid")!.Value));
        Assert.Equal(
            [new DateTimeOffset(2026, 12, 1, 18, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero)],
            items.Select(item => item.Element("pubDate")?.Value).OfType<string>().Select(Rfc822));

        var panel = items[0];
        var enclosure = panel.Element("enclosure")!;
        Assert.Equal(("https://example.org/audio/panel.mp3", "0", "audio/mpeg"), ((string)enclosure.Attribute("url")!, (string)enclosure.Attribute("length")!, (string)enclosure.Attribute("type")!));
        var transcripts = panel.Elements(Podcast + "transcript").Select(t => ((string)t.Attribute("type")!, (string)t.Attribute("url")!)).ToList();
        Assert.Equal([("text/vtt", "https://example.org/series/panel/transcript.vtt"), ("application/json", "https://example.org/series/panel/transcript.json")], transcripts);
        // What the feed points at exists in the site.
        Assert.All(transcripts, t => Assert.True(File.Exists(temp.Combine("output", t.Item2["https://example.org/series/".Length..])), t.Item2));
        // Untimed episodes have no transcript exports and no recording.
        Assert.All(items.Skip(1), item => Assert.Empty(item.Elements(Podcast + "transcript").Concat(item.Elements("enclosure"))));
    }

    [Fact]
    public async Task The_json_feed_has_the_required_fields_of_version_1_1()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        using var json = JsonDocument.Parse(temp.Read("output/feed.json"));
        var feed = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("圆桌系列", feed.GetProperty("title").GetString());
        Assert.Equal("https://example.org/series/feed.json", feed.GetProperty("feed_url").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Ids, items.Select(item => item.GetProperty("id").GetString()));
        Assert.All(items, item => Assert.True(item.TryGetProperty("content_text", out _) || item.TryGetProperty("content_html", out _)));
        Assert.Equal(3, items.Count(item => item.TryGetProperty("date_published", out var date) && Rfc3339(date.GetString()!) != default));
        Assert.Equal("en", items[0].GetProperty("language").GetString());
        var attachments = items[0].GetProperty("attachments").EnumerateArray().Select(a => (a.GetProperty("url").GetString(), a.GetProperty("mime_type").GetString())).ToList();
        Assert.Contains(("https://example.org/audio/panel.mp3", "audio/mpeg"), attachments);
        Assert.Contains(("https://example.org/series/panel/transcript.vtt", "text/vtt"), attachments);
    }

    [Fact]
    public async Task Every_page_links_the_three_feeds()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);

        var pages = Directory.EnumerateFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 15);
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/series/feed.atom\">", html, StringComparison.Ordinal);
            Assert.Contains("type=\"application/rss+xml\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/series/feed.rss\">", html, StringComparison.Ordinal);
            Assert.Contains("type=\"application/feed+json\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/series/feed.json\">", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Without_a_base_url_there_are_no_feeds_and_no_links_to_them()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", "title: Local\nlanguage: en\n");
        temp.Write("input/transcripts/2026-01-02-one.txt", "---\ntitle: One\nspeakers:\n  - name: Ann\n  - name: Bo\n---\nAnn: Hello.\n\nBo: Hi.\n");
        temp.Write("input/transcripts/two.txt", "---\ntitle: Two\nspeakers:\n  - name: Ann\n  - name: Bo\n---\nAnn: Hello again.\n\nBo: Hi again.\n");

        await temp.BuildSucceededAsync();

        Assert.False(File.Exists(temp.Combine("output/feed.atom")));
        Assert.False(File.Exists(temp.Combine("output/feed.rss")));
        Assert.False(File.Exists(temp.Combine("output/feed.json")));
        Assert.DoesNotContain("feed", temp.Read("output/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_reader_parses_the_rss_and_atom_feeds()
    {
        using var temp = new TempFolder();
        await SeriesSite.BuildAsync(temp);
        var parser = Path.Combine(Repository.Root, "node_modules", "@rowanmanning", "feed-parser");
        if (!Directory.Exists(parser))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "@rowanmanning/feed-parser is not installed: run 'npm ci' at the repository root before the tests (package.json pins it)");
            return;
        }

        const string Script = """
            const { parseFeed } = require(process.argv[1]);
            const fs = require("fs");
            const read = file => {
              const feed = parseFeed(fs.readFileSync(file, "utf8"));
              return {
                type: feed.meta.type, title: feed.title, self: feed.self, language: feed.language,
                items: feed.items.map(item => ({
                  id: item.id, url: item.url, title: item.title,
                  published: item.published ? item.published.toISOString() : null,
                  media: item.media.map(m => [m.url, m.mimeType, m.length]),
                  transcripts: item.element.findElementsWithName("transcript")
                    .filter(e => e.namespaceUri === "https://podcastindex.org/namespace/1.0")
                    .map(e => [e.getAttribute("type"), e.getAttribute("url")]),
                })),
              };
            };
            console.log(JSON.stringify({ rss: read(process.argv[2]), atom: read(process.argv[3]) }));
            """;
        var (exitCode, report) = await ProcessRunner.RunAsync("node", ["-e", Script, parser, temp.Combine("output", "feed.rss"), temp.Combine("output", "feed.atom")], Repository.Root);

        Assert.True(exitCode == 0, report);
        using var result = JsonDocument.Parse(report);
        foreach (var (name, type) in new[] { ("rss", "rss"), ("atom", "atom") })
        {
            var feed = result.RootElement.GetProperty(name);
            Assert.Equal(type, feed.GetProperty("type").GetString());
            Assert.Equal("圆桌系列", feed.GetProperty("title").GetString());
            Assert.Equal($"https://example.org/series/feed.{name}", feed.GetProperty("self").GetString());
            var items = feed.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(Ids, items.Select(item => item.GetProperty("url").GetString()));
            Assert.Equal(
                ["2026-12-01T10:30:00.000Z", "2026-11-06T00:00:00.000Z", "2025-03-02T00:00:00.000Z", null],
                items.Select(item => item.GetProperty("published").GetString()));
            Assert.Equal("https://example.org/audio/panel.mp3", items[0].GetProperty("media")[0][0].GetString());
            Assert.Equal("audio/mpeg", items[0].GetProperty("media")[0][1].GetString());
        }

        var transcripts = result.RootElement.GetProperty("rss").GetProperty("items")[0].GetProperty("transcripts");
        Assert.Equal("[[\"text/vtt\",\"https://example.org/series/panel/transcript.vtt\"],[\"application/json\",\"https://example.org/series/panel/transcript.json\"]]", transcripts.GetRawText());
    }

    /// <summary>An RFC 3339 date-time (Atom, JSON Feed): <c>2026-11-06T00:00:00Z</c>, <c>2026-12-01T18:30:00+08:00</c>.</summary>
    private static DateTimeOffset Rfc3339(string text)
    {
        Assert.Matches(Rfc3339Pattern(), text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>An RFC 822 date as RSS writes it, four-digit year and numeric zone: <c>Fri, 06 Nov 2026 00:00:00 +0000</c>.</summary>
    private static DateTimeOffset Rfc822(string text)
    {
        Assert.Matches(Rfc822Pattern(), text);
        var parsed = DateTimeOffset.ParseExact(text.Insert(text.Length - 2, ":"), "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
        Assert.Equal(text[..3], parsed.DayOfWeek.ToString()[..3]);
        return parsed;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Pattern();

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")]
    private static partial Regex Rfc822Pattern();
}
