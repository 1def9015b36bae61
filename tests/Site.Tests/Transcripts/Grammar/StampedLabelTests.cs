using Site.Diagnostics;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// A name and a time alone on a line, without a colon, the words on the lines below: the label layouts of Happy Scribe,
/// Krisp, Word's Transcribe and podcast services that write where a turn ends.
/// </summary>
public sealed class StampedLabelTests
{
    [Fact]
    public void Happy_scribes_stamp_dash_name_lines_are_timed_labels()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("happyscribe-dash-speaker.txt"), "hs.txt", "hs");
        Assert.Empty(diagnostics);
        Assert.Equal("Speaker 1", Assert.Single(transcript.Speakers).Name);
        Assert.Equal([0.0, 62.02, 120.25, 190.28], transcript.AllTurns.Select(t => t.Start!.Value));
        Assert.Equal("Yeah, there we go. I think the DeepEvolve is installed. So I'm just going to put a hash symbol so that we don't really need to execute the second time.", Assert.Single(transcript.AllTurns.Last().Paragraphs).Text);
    }

    [Fact]
    public void A_stamp_dash_name_label_names_each_speaker_the_first_time()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("[00:00:01.00] - Jane Doe\nHi.\n\n[00:00:03.50] - Speaker 2\nHello.\n\n[00:00:05.00] - Jane Doe\nBye.\n");
        Assert.Empty(diagnostics);
        Assert.Equal([("jane-doe", 1.0, "Hi."), ("speaker-2", 3.5, "Hello."), ("jane-doe", 5.0, "Bye.")], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, t.Paragraphs[0].Text)));
    }

    [Fact]
    public void Krisps_name_pipe_time_lines_are_timed_labels()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("krisp-pipe-stamps.txt"), "krisp.txt", "krisp");
        Assert.Empty(diagnostics);
        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 3"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("speaker-1", 6.0, 2), ("speaker-2", 48, 1), ("speaker-3", 50, 1), ("speaker-1", 51, 1), ("speaker-3", 58, 1), ("speaker-1", 60, 2), ("speaker-2", 280, 1), ("speaker-1", 296, 2), ("speaker-2", 397, 1), ("speaker-1", 406, 1)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, t.Paragraphs.Count)));
        Assert.Equal("Go ahead.", transcript.AllTurns.ElementAt(2).Paragraphs[0].Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains('|', StringComparison.Ordinal));
    }

    [Fact]
    public void A_labels_end_time_is_no_word_of_the_turn()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("pipe-range-stamps.md"), "mad.md", "mad");
        Assert.Empty(diagnostics);
        Assert.Equal(["Speaker 1", "Speaker 2"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("speaker-1", 0.0), ("speaker-2", 28), ("speaker-2", 59), ("speaker-1", 93), ("speaker-2", 601), ("speaker-2", 613), ("speaker-1", 614)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Is that one of the issues?", Assert.Single(transcript.AllTurns.ElementAt(5).Paragraphs).Text);
    }

    [Theory]
    [InlineData("Jane Doe [00:01:12 - 00:01:28]\nHello.\n\nBob Lee [00:01:28 - 00:01:30]\nHi.\n")]
    [InlineData("[00:01:12 → 00:01:28] **Jane Doe:** Hello.\n\n[00:01:28 → 00:01:30] **Bob Lee:** Hi.\n")]
    [InlineData("Jane Doe | 01:12 – 01:28\nHello.\n\nBob Lee | 01:28 – 01:30\nHi.\n")]
    public void A_range_in_or_after_the_label_starts_the_turn_at_its_first_time(string text)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal([("jane-doe", 72.0, "Hello."), ("bob-lee", 88.0, "Hi.")], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, Assert.Single(t.Paragraphs).Text)));
    }

    [Fact]
    public void Words_transcribe_stamp_name_lines_are_labels_and_a_voice_heard_once_is_one_too()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("word-transcribe-stamp-above.txt"), "word.txt", "word");
        Assert.Empty(diagnostics);
        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 3"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("speaker-1", 0.0), ("speaker-2", 4), ("speaker-1", 6), ("speaker-1", 7), ("speaker-2", 13), ("speaker-1", 15), ("speaker-1", 16), ("speaker-1", 242), ("speaker-3", 246), ("speaker-1", 247), ("speaker-2", 251)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Like what?", Assert.Single(transcript.AllTurns.ElementAt(8).Paragraphs).Text);
        Assert.Equal("The_Rust_Compiler_with_a_Nervous_System.md", transcript.Title);
    }

    [Fact]
    public void A_stamped_capitalised_word_in_a_file_stamped_line_by_line_stays_text()
    {
        var text = "# Talk\n\n**Jane Doe:**\n[00:00:01] Hello there.\n[00:00:03] Okay\n[00:00:04] Fine.\n**Bob Lee:**\n[00:00:06] Right\n[00:00:07] Sure.\n**Jane Doe:**\n[00:00:09] Okay\n[00:00:10] Bye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane Doe", "Bob Lee"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["Hello there.", "Okay", "Fine."], transcript.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_stamped_numbered_voice_heard_once_outside_the_layout_is_flagged()
    {
        var text = "Jane Doe: Hello.\nBob Lee: Hi.\nJane Doe: So.\n00:10:00 Speaker 3\nWho is that?\nBob Lee: Bye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, 4), (warning.Code, warning.Line));
        Assert.Equal(["jane-doe", "bob-lee", "jane-doe", "bob-lee"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void A_numbered_voice_and_its_time_after_one_space_are_a_timed_label()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("whisper-pyannote-numbered-voices.md"), "vidal.md", "vidal");
        Assert.Empty(diagnostics);
        Assert.Equal(["SPEAKER 1", "SPEAKER 2"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("speaker-1", 0.0), ("speaker-2", 46), ("speaker-1", 53), ("speaker-2", 107), ("speaker-1", 109), ("speaker-2", 153)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.StartsWith("SPEAKER", StringComparison.Ordinal));
    }

    [Fact]
    public void Speaker_n_and_a_short_time_after_one_space_are_a_timed_label()
    {
        // Constructed in the layout a transcript importer documents as Otter's ("Speaker 1 0:00" above the text).
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Speaker 1 0:00\nHello?\n\nSpeaker 2 0:03\nGreetings!\n\nSpeaker 1 0:09\nWhat?\n\nSpeaker 3 0:15\nMe too.\n");
        Assert.Empty(diagnostics);
        Assert.Equal([("speaker-1", 0.0, "Hello?"), ("speaker-2", 3, "Greetings!"), ("speaker-1", 9, "What?"), ("speaker-3", 15, "Me too.")], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, Assert.Single(t.Paragraphs).Text)));
    }
}
