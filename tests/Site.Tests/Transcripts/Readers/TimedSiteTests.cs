using System.Text;
using System.Text.RegularExpressions;
using Site.Building;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Readers;

/// <summary>
/// Golden/200-timed-transcripts: a site with one transcript of each format (VTT with voices, settings, NOTE/STYLE,
/// entities and a sidecar with chapters; SRT with <c>{\an8}</c> and <c>Name:</c>; JSON with a chapters file; text
/// with <c>media:</c>). expected.txt lists the build's diagnostics, each transcript's turns in the model, and the
/// turns each built section page shows; the test also requires the page turns to be the model's turns exactly.
/// </summary>
public sealed partial class TimedSiteTests
{
    private const string Case = "Golden/200-timed-transcripts";

    [Fact]
    public async Task Each_format_builds_pages_with_exactly_the_models_turns()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(Golden.ProjectFolder, Case, "input")), "input");
        var theme = temp.CopyFromRepository("theme");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output") });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var report = new StringBuilder("diagnostics:\n");
        foreach (var diagnostic in result.Diagnostics)
        {
            report.Append(diagnostic.ToString().Replace(temp.Path, "<site>", StringComparison.Ordinal)).Append('\n');
        }

        foreach (var name in new[] { "bakery.sbv", "episode.json", "interview.srt", "notes.txt", "panel.vtt", "yuanzhuo.txt" })
        {
            var transcript = ReadModel(input, name);
            report.Append($"\n{name}: \"{transcript.Title}\" media={transcript.Media} language={transcript.Language}\n");
            foreach (var speaker in transcript.Speakers)
            {
                report.Append($"  speaker {speaker.Slug}: {speaker.Name}{(speaker.Role is null ? "" : $" ({speaker.Role})")}\n");
            }

            foreach (var section in transcript.Sections)
            {
                report.Append($"  {section.Slug} \"{section.Title}\" start={section.Start}\n");
                foreach (var turn in section.Turns)
                {
                    report.Append($"    {turn.Id} {turn.SpeakerSlug} {turn.Start}-{turn.End}: {string.Join(" / ", turn.Paragraphs.Select(p => p.Text))}\n");
                }
            }

            var modelTurns = transcript.AllTurns.Select(turn => (turn.Id, turn.SpeakerSlug)).ToList();
            var pageTurns = transcript.Sections
                .SelectMany(section => PageTurns(temp.Read($"output/{transcript.Id}/{section.Slug}/index.html")))
                .ToList();
            // A turn's data-speaker is its person's slug across the site: one value per speaker of the model.
            Assert.Equal(modelTurns.Select(turn => turn.Id), pageTurns.Select(turn => turn.Id));
            Assert.All(modelTurns.Zip(pageTurns).GroupBy(pair => pair.First.SpeakerSlug), speaker => Assert.Single(speaker.Select(pair => pair.Second.Speaker).Distinct()));
            report.Append($"  pages: {string.Join(", ", pageTurns.Select(turn => $"{turn.Id} {turn.Speaker}"))}\n");
        }

        Golden.AssertText(Path.Combine(Case, "expected.txt"), report.ToString());
        var panel = temp.Read("output/panel/s01/index.html");
        Assert.Contains("&lt;b&gt; are text, and alert(1) is not a script.", panel, StringComparison.Ordinal);
        foreach (var noise in new[] { "-->", "&lt;v", "{\\an8}", "&amp;amp;", "<script>alert", "intro-1", "align:start", "NOTE", "Exported by" })
        {
            Assert.DoesNotContain(noise, panel + temp.Read("output/interview/s01/index.html"), StringComparison.Ordinal);
        }

        // Stamped Chinese text with a recording: times on the turns, a player, markup shown as text.
        var stamped = temp.Read("output/yuanzhuo/s01/index.html");
        Assert.Contains("<audio class=\"player__media\" controls preload=\"metadata\"><source src=\"https://example.org/audio/yuanzhuo.m4a\">", stamped, StringComparison.Ordinal);
        Assert.Contains("data-start=\"12\"", stamped, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", stamped, StringComparison.Ordinal);
        Assert.Contains("*星号*", stamped, StringComparison.Ordinal);
        Assert.Contains("data-start=\"3750\"", temp.Read("output/yuanzhuo/s02/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_no_reader_takes_is_a_warning_and_an_error_under_strict()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(Golden.ProjectFolder, Case, "input")), "input");
        var theme = temp.CopyFromRepository("theme");

        var relaxed = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output") });
        var strict = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output"), Strict = true });

        var warning = Assert.Single(relaxed.Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedTranscriptFile);
        Assert.EndsWith("slides.pdf", warning.Path, StringComparison.Ordinal);
        Assert.Contains(".vtt", warning.Message, StringComparison.Ordinal);
        Assert.False(warning.IsError);
        Assert.True(Assert.Single(strict.Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedTranscriptFile).IsError);
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void Sidecars_and_chapters_files_are_not_transcripts()
    {
        Assert.True(SitePipelines.IsTranscript("transcripts/a.vtt"));
        Assert.True(SitePipelines.IsTranscript("transcripts/a.srt"));
        Assert.True(SitePipelines.IsTranscript("transcripts/a.json"));
        Assert.True(SitePipelines.IsTranscript("transcripts/a.md"));
        Assert.False(SitePipelines.IsTranscript("transcripts/a.yml"));
        Assert.False(SitePipelines.IsTranscript("transcripts/a.chapters.json"));
        Assert.False(SitePipelines.IsPage("transcripts/a.md"));
    }

    [Fact]
    public async Task Editing_a_sidecar_rebuilds_the_transcript_in_the_dev_server()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(Golden.ProjectFolder, Case, "input")), "input");
        var theme = temp.CopyFromRepository("theme");
        var options = new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output"), Cache = new RebuildCache() };
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);

        var sidecar = Path.Combine(input, "transcripts/panel.yml");
        File.WriteAllText(sidecar, File.ReadAllText(sidecar).Replace("title: Captions panel, 2024", "title: Renamed panel", StringComparison.Ordinal));
        Assert.True((await SiteBuilder.BuildAsync(options)).Succeeded);

        Assert.Contains("Renamed panel", temp.Read("output/panel/index.html"), StringComparison.Ordinal);
    }

    private static Transcript ReadModel(string input, string name)
    {
        var full = Path.Combine(input, "transcripts", name);
        var diagnostics = new List<Diagnostic>();
        var header = SidecarFiles.Find("transcripts/" + name, full, diagnostics).Header(diagnostics);
        var result = TranscriptReaders.Read(File.ReadAllText(full), name, ParseTranscript.TranscriptId("transcripts/" + name), header);
        return ReaderSamples.Model(result);
    }

    private static IEnumerable<(string Id, string Speaker)> PageTurns(string html) =>
        TurnElement().Matches(html).Select(match => (match.Groups["id"].Value, match.Groups["speaker"].Value));

    [GeneratedRegex("<div id=\"(?<id>s\\d+-t\\d+)\" class=\"turn\"[^>]*?data-speaker=\"(?<speaker>[^\"]+)\"")]
    private static partial Regex TurnElement();
}
