using System.Xml.Linq;
using Site.Building;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Timed;

/// <summary>
/// A timed transcript's chapters (a sidecar's <c>chapters:</c> or a <c>name.chapters.json</c>) are published as a
/// Podcasting 2.0 chapters file beside its pages and named in the RSS feed (<c>podcast:chapters</c>), so podcast apps
/// show the chapters the site shows. Built from Golden/200-timed-transcripts with a base URL, which feeds need.
/// </summary>
public sealed class ChaptersExportTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public async Task InitializeAsync()
    {
        var input = _temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(Golden.ProjectFolder, "Golden/200-timed-transcripts/input")), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "baseUrl: https://example.org/talks/\n");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = _temp.CopyFromRepository("theme"), Output = _temp.Combine("output") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_chapters_file_beside_the_transcript_comes_back_as_it_was_given()
    {
        var given = ReadChapters(_temp.Read("input/transcripts/episode.chapters.json"));

        Assert.Equal(given, ReadChapters(_temp.Read("output/episode/chapters.json")));
    }

    [Fact]
    public void A_sidecars_chapters_are_published_with_their_starts_in_seconds()
    {
        Assert.Equal([(0.0, "Opening"), (12.0, "Questions")], ReadChapters(_temp.Read("output/panel/chapters.json")));
        Assert.Contains("\"version\": \"1.2.0\"", _temp.Read("output/panel/chapters.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_without_chapters_has_no_chapters_file_and_no_link_to_one()
    {
        Assert.False(File.Exists(_temp.Combine("output/interview/chapters.json")));
        Assert.True(File.Exists(_temp.Combine("output/interview/transcript.vtt")));
        Assert.DoesNotContain("chapters.json", _temp.Read("output/interview/s01/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/talks/panel/chapters.json\" type=\"application/json+chapters\" download>", _temp.Read("output/panel/s01/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rss_feed_names_each_chapters_file_for_podcast_apps()
    {
        XNamespace podcast = "https://podcastindex.org/namespace/1.0";
        var items = XDocument.Parse(_temp.Read("output/feed.rss")).Descendants("item")
            .ToDictionary(item => item.Element("link")!.Value, item => item.Elements(podcast + "chapters").ToList());

        var panel = Assert.Single(items["https://example.org/talks/panel/"]);
        Assert.Equal("https://example.org/talks/panel/chapters.json", panel.Attribute("url")!.Value);
        Assert.Equal("application/json+chapters", panel.Attribute("type")!.Value);
        Assert.Single(items["https://example.org/talks/episode/"]);
        Assert.Empty(items["https://example.org/talks/interview/"]);
    }

    private static List<(double Start, string Title)> ReadChapters(string json)
    {
        var diagnostics = new List<Diagnostic>();
        var chapters = ChaptersJsonReader.Read(json, "chapters.json", diagnostics);
        Assert.Empty(diagnostics);
        return [.. chapters.Select(chapter => (chapter.Start, chapter.Title))];
    }
}
