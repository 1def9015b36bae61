using Site.Diagnostics;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>What a timed transcript's pages show: turn times, the recording beside the text, the exports named.</summary>
public sealed partial class TimedPageTests
{
    [Fact]
    public void Timed_turns_carry_their_times_and_a_time_link_to_the_turn()
    {
        using var folder = new TempFolder();
        folder.Write("input/transcripts/talk.txt", TimedSite.Transcript);

        var diagnostics = TimedSite.Build(folder, new TimeTurns(step: 1845.5, offset: 27.5, media: "https://cdn.example.com/talk.mp3?x=1&y=2"));

        Assert.False(diagnostics.HasErrors || diagnostics.ToSortedList().Any(d => d.Code == "SITE501"), string.Join("\n", diagnostics.ToSortedList()));
        var section = folder.Read("output/talk/s01/index.html");
        // Pagefind's attributes (the speaker as the turn's search title) follow the times.
        Assert.Contains("<div id=\"s01-t01\" class=\"turn\" data-speaker=\"ann\" data-start=\"27.5\" data-end=\"950.25\" data-pagefind-title=", section, StringComparison.Ordinal);
        Assert.Contains("<div id=\"s01-t02\" class=\"turn\" data-speaker=\"bob\" data-start=\"1873\" data-pagefind-title=", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#s01-t01\" class=\"turn-time\" title=\"Play from here\">0:27</a>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#s01-t02\" class=\"turn-time\" title=\"Play from here\">31:13</a>", section, StringComparison.Ordinal);
        Assert.Contains(">1:01:58</a>", folder.Read("output/talk/s02/index.html"), StringComparison.Ordinal);
        // The speaker page's time goes to the turn on its section page, which seeks there on load.
        Assert.Contains("<a href=\"/talk/s01/#s01-t01\" class=\"turn-time\" title=\"Play from here\">0:27</a>", folder.Read("output/talk/speakers/ann/index.html"), StringComparison.Ordinal);

        foreach (var page in new[] { "output/index.html", "output/talk/s01/index.html", "output/talk/s02/index.html" })
        {
            var html = folder.Read(page);
            Assert.Contains("<audio class=\"player__media\" controls preload=\"metadata\"><source src=\"https://cdn.example.com/talk.mp3?x=1&amp;y=2\">", html, StringComparison.Ordinal);
            Assert.Contains("/assets/js/player.js", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" type=\"text/vtt\" href=\"/talk/transcript.vtt\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" type=\"application/x-subrip\" href=\"/talk/transcript.srt\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" type=\"application/json\" href=\"/talk/transcript.json\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" type=\"text/plain\" href=\"/talk/transcript.txt\">", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/talk/transcript.vtt\" type=\"text/vtt\" download>", html, StringComparison.Ordinal);
        }

        foreach (var export in new[] { "transcript.vtt", "transcript.srt", "transcript.json", "transcript.txt" })
        {
            Assert.True(File.Exists(folder.Combine("output", "talk", export)), export);
        }
    }

    [Fact]
    public void Word_times_are_spans_that_never_break_a_term_link()
    {
        using var folder = new TempFolder();
        folder.Write("input/glossary.yml", File.ReadAllText(Path.Combine(Repository.Root, "input", "glossary.yml")));
        folder.Write("input/transcripts/talk.txt", "---\nspeakers:\n  - name: Ann\n---\nTalk\n\n01 One\nAnn: ab Transformer!\n");

        TimedSite.Build(folder, new TimeTurns(step: 10, offset: 2, words: true));

        // Words are cut every three characters here (TimeTurns): "Tra", "nsf", "orm", "er!", the last one across the
        // link's end, so it is cut in two at the edge and both halves keep the word's time.
        var html = folder.Read("output/talk/s01/index.html");
        Assert.Contains(
            "<p><span data-t=\"2\">ab</span> <a href=\"/glossary/transformer/\" class=\"term\" data-term=\"transformer\">" +
            "<span data-t=\"2.25\">Tra</span><span data-t=\"2.5\">nsf</span><span data-t=\"2.75\">orm</span><span data-t=\"3\">er</span></a>" +
            "<span data-t=\"3\">!</span></p>",
            html,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/a/talk.MP4", "video")]
    [InlineData("/media/talk.webm#t=3", "video")]
    [InlineData("talk.ogv", "video")]
    [InlineData("https://example.com/talk.opus", "audio")]
    [InlineData("https://example.com/stream", "audio")]
    [InlineData("https://example.com/v.mp4.d/file", "audio")]
    [InlineData("javascript:alert(1)//.mp3", null)]
    [InlineData("data:audio/wav;base64,AAAA", null)]
    [InlineData("  ", null)]
    public void The_player_is_audio_or_video_by_extension_and_only_for_safe_urls(string url, string? kind) =>
        Assert.Equal(kind, TranscriptMedia.Kind(url));

    [Fact]
    public void A_video_recording_gets_a_video_player_and_no_media_gets_none()
    {
        using var video = new TempFolder();
        video.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        TimedSite.Build(video, new TimeTurns(media: "https://example.com/talk.webm"));
        Assert.Contains("<video class=\"player__media\" controls preload=\"metadata\" playsinline><source src=\"https://example.com/talk.webm\">", video.Read("output/talk/s01/index.html"), StringComparison.Ordinal);

        using var none = new TempFolder();
        none.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        TimedSite.Build(none, new TimeTurns(media: null));
        var html = none.Read("output/talk/s01/index.html");
        Assert.Contains("class=\"turn-time\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("player", html, StringComparison.Ordinal);
        Assert.Contains("type=\"text/vtt\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_given_from_the_site_root_is_played_under_the_base_path()
    {
        using var folder = new TempFolder();
        folder.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        folder.Write("input/audio/talk.mp3", "not really audio");

        var diagnostics = TimedSite.Build(folder, new TimeTurns(media: "/audio/talk.mp3"), basePath: "/repo/");

        Assert.Contains("<source src=\"/repo/audio/talk.mp3\">", folder.Read("output/talk/s01/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.ToSortedList(), diagnostic => diagnostic.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void Untimed_transcripts_have_no_times_player_or_exports()
    {
        using var folder = new TempFolder();
        folder.Write("input/transcripts/talk.txt", TimedSite.Transcript);

        TimedSite.Build(folder, new Untouched());

        var html = folder.Read("output/talk/s01/index.html");
        Assert.DoesNotMatch(DataTimes(), html);
        Assert.DoesNotContain("turn-time", html, StringComparison.Ordinal);
        Assert.DoesNotContain("player", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alternate", html, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("output", "talk", "transcript.vtt")));
    }

    [Fact]
    public async Task Timed_pages_have_valid_html()
    {
        var tool = Path.Combine(Repository.Root, "node_modules", ".bin", "html-validate");
        if (!File.Exists(tool))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "html-validate is not installed: run 'npm ci' at the repository root before the tests (package.json pins it)");
            return;
        }

        using var audio = new TempFolder();
        audio.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        TimedSite.Build(audio, new TimeTurns(media: "https://example.com/a b.mp3?x=\"1\"&y=<2>"), basePath: "/repo/");
        using var video = new TempFolder();
        video.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        TimedSite.Build(video, new TimeTurns(media: "talk.mp4"));

        var (exitCode, report) = await ProcessRunner.RunAsync("npx", ["--no-install", "html-validate", "--config", Path.Combine(Repository.Root, ".htmlvalidate.json"), "--formatter", "text", audio.Combine("output"), video.Combine("output")], Repository.Root);

        Assert.True(exitCode == 0, "html-validate found problems:\n" + report);
    }

    [GeneratedRegex("data-(start|end)=")]
    private static partial Regex DataTimes();

    private sealed class Untouched : Site.Pipelines.IModule
    {
        public Task<IReadOnlyList<Site.Documents.Document>> ExecuteAsync(IReadOnlyList<Site.Documents.Document> inputs, Site.Pipelines.PipelineContext context) =>
            Task.FromResult(inputs);
    }
}
