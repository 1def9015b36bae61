using Site.Diagnostics;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Text whose lines name nobody (Whisper's <c>.txt</c>, a monologue, an oral history): the text is one speaker's, the
/// speaker declared for it or else an unnamed one that a warning flags, and its lines flow into paragraphs.
/// </summary>
public sealed class UnlabelledTextTests
{
    [Fact]
    public void Whisper_text_flows_as_one_unnamed_speakers_paragraph_and_is_flagged()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(
            " Hello everyone, and welcome to the show.\n Today we are talking about\n transcripts and why they matter.\n", "ep1.txt", "ep1");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.NoSpeakerNamed, Severity.Warning, 1, "ep1.txt"), (warning.Code, warning.Severity, warning.Line, warning.Path));
        Assert.Equal("ep1", transcript.Title); // a first line that runs on into the next is speech, not a title
        Assert.Equal((TimedTranscriptBuilder.UnnamedSpeaker, "speaker"), (Assert.Single(transcript.Speakers).Name, transcript.Speakers[0].Slug));
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(
            ["Hello everyone, and welcome to the show. Today we are talking about transcripts and why they matter."],
            turn.Paragraphs.Select(p => p.Text));
        Assert.Empty(transcript.Lede);
    }

    [Fact]
    public void A_line_of_its_own_above_is_the_title_and_blank_lines_end_paragraphs()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("A plain article\n\nIt was a long day.\nNothing else happened.\n\nThe end.\n");

        Assert.Equal(DiagnosticCodes.NoSpeakerNamed, Assert.Single(diagnostics).Code);
        Assert.Equal("A plain article", transcript.Title);
        Assert.Equal(["It was a long day. Nothing else happened.", "The end."], Assert.Single(transcript.AllTurns).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_one_declared_speaker_says_it_all_without_a_warning()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(
            "---\ntitle: Memories of the mill\nspeakers:\n  - name: Mary Lou Hart\n---\nI was born in 1931, by the river.\nMy father worked at the mill.\n\nWe had no electricity until I was nine.\n");

        Assert.Empty(diagnostics);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal("mary-lou-hart", turn.SpeakerSlug);
        Assert.Equal(["I was born in 1931, by the river. My father worked at the mill.", "We had no electricity until I was nine."], turn.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_caption_copy_of_the_one_declared_speaker_is_that_speakers_timed_text()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(
            "---\nspeakers:\n  - name: Jane Doe\n---\n0:00\nhello everyone welcome\n0:02\nto the channel today\n0:04\nwe talk about rust\n");

        Assert.Empty(diagnostics);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(("jane-doe", 0.0), (turn.SpeakerSlug, turn.Start!.Value));
        var paragraph = Assert.Single(turn.Paragraphs);
        Assert.Equal("hello everyone welcome to the channel today we talk about rust", paragraph.Text);
        Assert.Equal([0.0, 2, 4], paragraph.Words.Select(w => w.Start));
    }

    [Fact]
    public void Two_declared_speakers_and_no_line_naming_either_is_still_no_turns()
    {
        var result = TranscriptParser.Parse("---\nspeakers:\n  - name: Ann\n  - name: Bob\n---\nSome text.\nMore text.\n", "t.txt", "t");

        Assert.Null(result.Transcript);
        Assert.Equal(DiagnosticCodes.NoTurns, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Times_in_prose_stay_text_and_a_bracketed_stamp_is_a_time()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("Notes\n\n10:30 was the time.\n[00:01:05] We met again.\n");

        var paragraph = Assert.Single(Assert.Single(transcript.AllTurns).Paragraphs);
        Assert.Equal("10:30 was the time. We met again.", paragraph.Text);
        Assert.Equal([65.0], paragraph.Words.Select(w => w.Start));
    }

    [Fact]
    public void A_long_monologue_is_cut_into_paragraphs_where_a_sentence_ends()
    {
        var sentence = "This is one sentence of a long recorded talk about rivers and mills.";
        var text = string.Join('\n', Enumerable.Repeat(sentence, 60));
        var (transcript, _) = TranscriptFiles.ParseOk(text, "talk.txt", "talk");

        var paragraphs = Assert.Single(transcript.AllTurns).Paragraphs;
        Assert.True(paragraphs.Count > 3, $"{paragraphs.Count} paragraphs");
        Assert.All(paragraphs, p => Assert.InRange(p.Text.Length, 1, 1100));
        Assert.All(paragraphs, p => Assert.EndsWith("mills.", p.Text, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', Enumerable.Repeat(sentence, 60)), string.Join(' ', paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void Whispers_text_of_a_whole_recording_on_one_line_is_its_text_not_its_title()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("whisper-one-line.txt"), "fight.txt", "fight");

        Assert.Equal(DiagnosticCodes.NoSpeakerNamed, Assert.Single(diagnostics).Code);
        Assert.Equal("fight", transcript.Title);
        var text = Assert.Single(Assert.Single(transcript.AllTurns).Paragraphs).Text;
        Assert.StartsWith("Look around there, look around.", text, StringComparison.Ordinal);
        Assert.EndsWith("We're slowly learning that fact and we're very, very pissed off.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_srt_saved_as_text_is_read_as_srt_and_said_so()
    {
        var result = Site.Tests.Transcripts.Readers.ReaderSamples.Read(GrammarSamples.Read("whisper-srt-saved-as-text.txt"), "podquest.txt");
        var transcript = Site.Tests.Transcripts.Readers.ReaderSamples.Model(result);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FormatMismatch, Severity.Warning, 1), (warning.Code, warning.Severity, warning.Line));
        Assert.Contains("an SRT caption file", warning.Message, StringComparison.Ordinal);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(0.0, turn.Start);
        Assert.StartsWith("As a freelance creative technologist,", turn.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(turn.Paragraphs, p => p.Text.Contains("-->", StringComparison.Ordinal));
    }

    [Fact]
    public void A_webvtt_file_saved_as_text_is_read_as_webvtt()
    {
        var result = Site.Tests.Transcripts.Readers.ReaderSamples.Read("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann>Hello there.\n", "ann.txt");

        Assert.Equal(DiagnosticCodes.FormatMismatch, Assert.Single(result.Diagnostics).Code);
        Assert.Equal([("ann", 1.0)], Site.Tests.Transcripts.Readers.ReaderSamples.Model(result).AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
    }
}
