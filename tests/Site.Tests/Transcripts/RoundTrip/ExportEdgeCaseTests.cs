using Site.Transcripts.Exports;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.RoundTrip;

/// <summary>Exports of transcripts at the edges of what the formats carry, read back.</summary>
public sealed class ExportEdgeCaseTests
{
    [Fact]
    public void A_one_cue_srt_that_opens_with_a_name_names_its_speaker()
    {
        // What the SRT export writes for a transcript of one short turn.
        var result = TranscriptReaders.Read("1\n00:00:01,000 --> 00:00:02,000\nAnn Lee: Hello there.\n", "one.srt", "one", null);

        var turn = Assert.Single(result.Transcript!.AllTurns);
        Assert.Equal("Ann Lee", result.Transcript.FindSpeaker(turn.SpeakerSlug)!.Name);
        Assert.Equal("Hello there.", turn.Paragraphs[0].Text);
    }

    [Fact]
    public void A_one_off_note_among_cues_stays_text()
    {
        var result = TranscriptReaders.Read("1\n00:00:01,000 --> 00:00:02,000\nNote: the line is noisy.\n\n2\n00:00:02,000 --> 00:00:03,000\nWe go on.\n", "two.srt", "two", null);

        var turn = Assert.Single(result.Transcript!.AllTurns);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, result.Transcript.FindSpeaker(turn.SpeakerSlug)!.Name);
        Assert.StartsWith("Note: the line", turn.Paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_unvoiced_cue_among_voiced_ones_keeps_its_name_like_text()
    {
        var result = TranscriptReaders.Read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.\n\n00:00:02.000 --> 00:00:03.000\nToday: what tools write.\n", "two.vtt", "two", null);

        var turn = Assert.Single(result.Transcript!.AllTurns);
        Assert.Equal("Hi. Today: what tools write.", turn.Paragraphs[0].Text);
    }
}
