using Site.Diagnostics;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Zoom's text transcripts, stamped with the meeting's clock: the in-meeting "Save transcript" (<c>[Name] 11:02:09</c>
/// above the text) and <c>closed_caption.txt</c> (<c>16:02:22 text</c>, nobody named).
/// </summary>
public sealed class ZoomTextTests
{
    [Fact]
    public void A_saved_transcripts_bracketed_names_are_speakers_and_its_clock_counts_from_the_first_time()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("zoom-saved-transcript.txt"), "zoom.txt", "zoom");

        Assert.Empty(diagnostics);
        Assert.Equal(["Johnny Doe", "Janet Dough"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("johnny-doe", 0.0), ("janet-dough", 0), ("johnny-doe", 2), ("janet-dough", 4), ("johnny-doe", 5), ("johnny-doe", 13)],
            transcript.AllTurns.Take(6).Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("That's perfectly fine, and that makes sense.", Assert.Single(transcript.AllTurns.ElementAt(5).Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains('[', StringComparison.Ordinal));
    }

    [Fact]
    public void Participants_named_as_a_study_names_them_are_speakers_too()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("[Experimenter] 19:00:25\nHello!\n\n[G3P1] 19:00:48\nOkay, that works.\n\n[Experimenter] 19:00:50\nGreat.\n", "s.txt", "s");

        Assert.Empty(diagnostics);
        Assert.Equal([("experimenter", 0.0), ("g3p1", 23), ("experimenter", 25)], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
    }

    [Fact]
    public void A_closed_caption_file_is_one_unnamed_speakers_captions_timed_from_the_first()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("zoom-closed-caption.txt"), "closed_caption.txt", "closed_caption");

        Assert.Empty(diagnostics);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(0.0, turn.Start);
        var words = turn.Paragraphs.SelectMany(p => p.Words).ToList();
        Assert.Equal([0.0, 2, 6, 9], words.Take(4).Select(w => w.Start));
        Assert.StartsWith("Just to give me one minute. Yeah. Yeah. Hi, Shaddha.", turn.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(turn.Paragraphs, p => p.Text.Contains("16:0", StringComparison.Ordinal));
    }

    [Fact]
    public void Times_in_the_first_two_hours_are_the_recordings_as_written()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("[01:59:00] Ann: Part two starts here.\n[01:59:30] Bob: Right.\n", "p.txt", "p");

        Assert.Equal([7140.0, 7170], transcript.AllTurns.Select(t => t.Start!.Value));
    }
}
