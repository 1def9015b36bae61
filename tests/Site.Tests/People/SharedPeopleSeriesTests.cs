using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.People;

/// <summary>
/// The issue's "must show", in one small series written here: two episodes that share people, one WebVTT (with its
/// sidecar) and one text, in a site with a base URL. Each person gets one page linking every one of their turns in
/// both episodes, every turn of a person carries the same <c>data-speaker</c>, and the home page links a feed with
/// exactly one entry per episode (read by the npm feed parser feed readers use, and as JSON Feed).
/// </summary>
public sealed partial class SharedPeopleSeriesTests
{
    private static readonly string[] Episodes = ["/pilot/", "/second/"];

    [Fact]
    public async Task Two_episodes_sharing_people_give_one_page_per_person_one_data_speaker_and_one_feed_entry_each()
    {
        using var temp = new TempFolder();
        WriteSeries(temp);
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = temp.Combine("input"),
            Theme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("output"),
            Strict = true,
        });
        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));

        // Every turn of both episodes, by the name written in that episode and its data-speaker.
        var turns = new List<(string Episode, string Name, string DataSpeaker, string Url)>();
        foreach (var episode in Episodes)
        {
            foreach (Match turn in Turn().Matches(temp.Read($"output{episode}s01/index.html")))
            {
                turns.Add((episode, turn.Groups["name"].Value, turn.Groups["speaker"].Value, $"{episode}s01/#{turn.Groups["id"].Value}"));
            }
        }

        // Written differently in the two episodes (an alias, another script), each person is one data-speaker.
        Assert.Equal(
            [
                ("/pilot/", "Lin Xiao", "lin-xiao"), ("/pilot/", "Ethan", "ethan-zhou"), ("/pilot/", "鲁为民", "lu-weimin"),
                ("/pilot/", "Lin Xiao", "lin-xiao"), ("/pilot/", "Ethan", "ethan-zhou"),
                ("/second/", "林晓", "lin-xiao"), ("/second/", "Ethan Zhou", "ethan-zhou"), ("/second/", "鲁为民", "lu-weimin"),
                ("/second/", "林晓", "lin-xiao"),
            ],
            turns.Select(t => (t.Episode, t.Name, t.DataSpeaker)));

        // One page per person, linking exactly their turns in both episodes; the people index lists the three.
        foreach (var person in turns.GroupBy(t => t.DataSpeaker))
        {
            var page = temp.Read($"output/people/{person.Key}/index.html");
            var linked = PersonTurnLink().Matches(page).Select(match => match.Groups["url"].Value).Order(StringComparer.Ordinal);
            Assert.Equal(person.Select(t => t.Url).Order(StringComparer.Ordinal), linked);
            Assert.Equal(Episodes, person.Select(t => t.Episode).Distinct());
        }

        Assert.Equal(
            ["ethan-zhou", "lin-xiao", "lu-weimin"],
            Directory.GetDirectories(temp.Combine("output", "people")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The home page links the feeds, and each has one entry per episode.
        var home = temp.Read("output/index.html");
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", home, StringComparison.Ordinal);
        var feeds = FeedLink().Matches(home).Select(match => match.Groups["href"].Value).ToList();
        Assert.Equal(["/feed.atom", "/feed.rss", "/feed.json"], feeds);
        var expected = Episodes.Select(url => "https://example.org" + url).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await FeedReaderItemsAsync(temp, "feed.rss")).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await FeedReaderItemsAsync(temp, "feed.atom")).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(temp.Read("output/feed.json"));
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            json.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("url").GetString()).Order(StringComparer.Ordinal));
    }

    private static void WriteSeries(TempFolder temp)
    {
        temp.Write("input/site.yml", "title: A series\ndescription: Two episodes that share their people.\nlanguage: en\nauthor: The Site tests\nbaseUrl: https://example.org/\n");
        temp.Write("input/people.yml", """
            - id: lin-xiao
              name: Lin Xiao
              aliases: [林晓]
            - id: ethan-zhou
              name: Ethan Zhou
              aliases: [Ethan]
            """);
        temp.Write("input/transcripts/pilot.vtt", """
            WEBVTT Pilot

            NOTE exported by the recording tool

            00:00:01.000 --> 00:00:04.000
            <v Lin Xiao>Welcome to the first episode.

            00:00:04.500 --> 00:00:08.000
            <v Ethan>Thanks. I work on models
            for speech.

            00:00:08.500 --> 00:00:11.000
            <v 鲁为民>我也研究语音。

            00:00:11.500 --> 00:00:14.000
            <v Lin Xiao>Tell us more, Ethan.

            00:00:14.500 --> 00:00:18.000
            <v Ethan>A model predicts what comes next.
            """);
        temp.Write("input/transcripts/pilot.yml", "title: Pilot\ndate: 2026-01-10\nspeakers:\n  - name: Lin Xiao\n    role: Host\n  - name: Ethan\n  - name: 鲁为民\n");
        temp.Write("input/transcripts/second.txt", """
            ---
            title: The second episode
            date: 2026-02-14
            language: zh-CN
            speakers:
              - name: 林晓
                role: 主持人
              - name: Ethan Zhou
              - name: 鲁为民
            ---
            林晓：欢迎回来。
            Ethan Zhou：Glad to be back.
            鲁为民：今天我们谈数据。
            林晓：好的。
            """);
    }

    /// <summary>The item URLs of a feed as @rowanmanning/feed-parser (what feed readers use) reads them.</summary>
    private static async Task<IReadOnlyList<string>> FeedReaderItemsAsync(TempFolder temp, string feed)
    {
        var parser = Path.Combine(Repository.Root, "node_modules", "@rowanmanning", "feed-parser");
        Assert.True(Directory.Exists(parser), "@rowanmanning/feed-parser is not installed: run 'npm ci' at the repository root (package.json pins it)");
        const string Script = """
            const { parseFeed } = require(process.argv[1]);
            const feed = parseFeed(require("fs").readFileSync(process.argv[2], "utf8"));
            console.log(JSON.stringify(feed.items.map(item => item.url)));
            """;
        var (exitCode, output) = await ProcessRunner.RunAsync("node", ["-e", Script, parser, temp.Combine("output", feed)], Repository.Root);
        Assert.True(exitCode == 0, output);
        return JsonSerializer.Deserialize<string[]>(output)!;
    }

    [GeneratedRegex("<div id=\"(?<id>s\\d+-t\\d+)\" class=\"turn\"[^>]*?data-speaker=\"(?<speaker>[^\"]+)\"[^>]*>\\s*<p><a href=\"[^\"]*\" class=\"speaker\">(?<name>[^<]+)</a>")]
    private static partial Regex Turn();

    [GeneratedRegex("<a href=\"(?<url>[^\"]+)\" class=\"person-turn\"")]
    private static partial Regex PersonTurnLink();

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/(?:atom\\+xml|rss\\+xml|feed\\+json)\"[^>]*href=\"(?<href>[^\"]+)\"")]
    private static partial Regex FeedLink();
}
