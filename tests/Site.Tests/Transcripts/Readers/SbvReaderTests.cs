using Site.Diagnostics;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Readers;

/// <summary>SubViewer (<c>.sbv</c>), the captions file YouTube Studio downloads.</summary>
public sealed class SbvReaderTests
{
    private static TranscriptParseResult Read(string text, string path = "talk.sbv") => TranscriptReaders.Read(text, path, "talk", null);

    [Fact]
    public void YouTube_Studio_captions_are_one_speaker_whose_cues_flow_as_one_turn()
    {
        var result = ReaderSamples.ReadSample("youtube-studio-captions.sbv");
        Assert.Empty(result.Diagnostics);
        var transcript = result.Transcript!;
        Assert.Equal(["Speaker"], transcript.Speakers.Select(s => s.Name));
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(0.9, turn.Start);
        Assert.Equal(43.32, turn.End);
        var text = string.Join(" ", turn.Paragraphs.Select(p => p.Text));
        Assert.StartsWith("morning everybody David Shapiro here with your daily state of the industry update as often happens", text);
        Assert.EndsWith("let's talk about firewalls let's talk about security", text);
        Assert.DoesNotContain("  ", text);
    }

    [Fact]
    public void Names_and_speaker_markers_start_turns_as_in_SRT()
    {
        // YouTube Help's example of the format: '>> NAME:' at each change of speaker.
        var text = "0:00:00.599,0:00:04.160\n>> ALICE: Hi, my name is Alice Miller and this is John Brown\n\n" +
            "0:00:04.160,0:00:06.770\n>> JOHN: and we're the owners of Miller Bakery.\n\n" +
            "0:00:06.770,0:00:10.880\n>> ALICE: Today we'll be teaching you how to make\nour famous chocolate chip cookies!\n\n" +
            "0:00:10.880,0:00:16.220\n[intro music]\n\n" +
            "0:00:16.220,0:00:18.360\nOkay, so we have all the ingredients laid out here\n";
        var result = Read(text);
        Assert.Empty(result.Diagnostics);
        var turns = result.Transcript!.AllTurns.ToList();
        Assert.Equal([("alice", 0.599), ("john", 4.16), ("alice", 6.77)], turns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Today we'll be teaching you how to make our famous chocolate chip cookies! [intro music] Okay, so we have all the ingredients laid out here",
            string.Join(" ", turns[2].Paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void Text_outside_cues_and_bad_times_are_reported_with_their_lines()
    {
        var text = "stray line\n\n0:00:01.000,0:00:02.000\nHello.\n\n0:00:02.000,0:00:75.000\nLost.\n\n0:00:03.000,0:00:04.000\nBye.\n";
        var result = Read(text);
        Assert.Equal([(DiagnosticCodes.InvalidCue, 1), (DiagnosticCodes.InvalidCue, 6)], result.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Equal(["Hello. Bye."], result.Transcript!.AllTurns.Select(t => string.Join(" ", t.Paragraphs.Select(p => p.Text))));
    }

    [Fact]
    public void A_file_without_timing_lines_is_not_read()
    {
        var result = Read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n");
        Assert.Null(result.Transcript);
        Assert.Equal((DiagnosticCodes.FormatMismatch, 1, 1), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line, result.Diagnostics[0].Column));
    }
}
