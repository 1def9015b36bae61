using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Transcripts;

/// <summary>
/// One recording's transcript in several formats side by side, as Whisper writes them by default (txt, vtt, srt, tsv,
/// json) or a podcast host offers them: one transcript is built from the richest file, each other one is named in a
/// warning, and the build does not fail on their shared URL.
/// </summary>
public sealed class SameRecordingFormatsTests
{
    private const string Vtt = "WEBVTT\n\n00:00.000 --> 00:02.500\nLook around there, look around.\n\n00:02.500 --> 00:05.000\nI see a lot of new faces.\n";
    private const string Srt = "1\n00:00:00,000 --> 00:00:02,500\nLook around there, look around.\n\n2\n00:00:02,500 --> 00:00:05,000\nI see a lot of new faces.\n";
    private const string WhisperJson = "{\"text\":\" Look around\",\"segments\":[{\"id\":0,\"seek\":0,\"start\":0.0,\"end\":2.5,\"text\":\" Look around there, look around.\",\"tokens\":[1]}],\"language\":\"en\"}";

    [Fact]
    public async Task Whispers_outputs_of_one_recording_build_one_transcript_from_its_captions()
    {
        using var site = new TempFolder();
        site.Write("input/transcripts/fight.txt", " Look around there, look around. I see a lot of new faces.\n");
        site.Write("input/transcripts/fight.vtt", Vtt);
        site.Write("input/transcripts/fight.srt", Srt);
        site.Write("input/transcripts/fight.json", WhisperJson);

        var result = await site.BuildSucceededAsync();

        var notRead = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateSlug).ToList();
        Assert.All(notRead, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(["fight.json", "fight.srt", "fight.txt"], notRead.Select(d => Path.GetFileName(d.Path)).Order());
        Assert.All(notRead, d => Assert.Contains("fight.vtt is read (it has times)", d.Message, StringComparison.Ordinal));
        // The JSON that is not Podcasting 2.0 and the text that names nobody say nothing more: they are not read.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.FormatMismatch or DiagnosticCodes.NoSpeakerNamed);
        Assert.Contains("data-t=\"2.5\"", site.Read("output/fight/s01/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_transcript_that_names_its_speakers_wins_over_captions_that_do_not()
    {
        using var site = new TempFolder();
        site.Write("input/transcripts/ep1.txt", "Episode one\n\nAnn: Look around there, look around.\nBob: I see a lot of new faces.\nAnn: Who are you?\nBob: New here.\n");
        site.Write("input/transcripts/ep1.srt", Srt);

        var result = await site.BuildSucceededAsync();

        var notRead = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSlug);
        Assert.Equal(("ep1.srt", Severity.Warning), (Path.GetFileName(notRead.Path), notRead.Severity));
        Assert.Contains("ep1.txt is read (it names its speakers)", notRead.Message, StringComparison.Ordinal);
        Assert.Contains("data-speaker=\"bob\"", site.Read("output/ep1/s01/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_different_files_with_one_url_name_are_still_an_error()
    {
        using var site = new TempFolder();
        site.Write("input/transcripts/Ep 1.srt", Srt);
        site.Write("input/transcripts/ep-1.vtt", Vtt);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateSlug && d.IsError));
    }
}
