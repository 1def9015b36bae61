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

    [Fact]
    public void Words_said_fast_keep_every_word_through_the_webvtt_export()
    {
        // One "Yes." every 5 ms, word times from per-word JSON segments: cues of a few words and a few milliseconds,
        // each the same words as the one before, which the WebVTT reader would take for a rolling caption's snapshot.
        var segments = Enumerable.Range(0, 300).Select(i => $$"""{"speaker": "Ann", "startTime": {{i * 5 / 1000.0}}, "body": "Yes."}""");
        var source = TranscriptReaders.Read($$"""{"segments": [{{string.Join(",\n", segments)}}]}""", "fast.json", "fast", null).Transcript!;
        var said = TranscriptCues.Join(Assert.Single(source.AllTurns));

        var written = WebVttWriter.Write(source);
        var again = TranscriptReaders.Read(written, "fast.vtt", "fast", null).Transcript!;

        Assert.Equal(said, TranscriptCues.Join(Assert.Single(again.AllTurns)));
    }
}
