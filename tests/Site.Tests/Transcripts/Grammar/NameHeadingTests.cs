using Site.Diagnostics;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>A Markdown heading that is only a name, again and again over what that person said, is a speaker's label.</summary>
public sealed class NameHeadingTests
{
    [Fact]
    public void Recurring_name_headings_are_turns_and_a_lone_unknown_speaker_is_flagged()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("dotnetcore-heading-names.md"), "ep65.md", "ep65");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, 21), (warning.Code, warning.Line));
        Assert.Equal("Episode Transcription", transcript.Title);
        Assert.Equal(["Jamie", "Zac"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["jamie", "zac", "jamie", "zac", "zac", "jamie", "zac"], transcript.AllTurns.Select(t => t.SpeakerSlug));
        Assert.Equal("There's no particularly podsafe is it? Now? Fair enough, fair enough.", Assert.Single(transcript.AllTurns.ElementAt(2).Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.StartsWith('#'));
    }

    [Fact]
    public void A_first_name_heading_that_recurs_is_no_title()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("## Ann\n\nHello.\n\n## Bo\n\nHi.\n\n## Ann\n\nBye.\n\n## Bo\n\nBye.\n", "talk.md", "talk");
        Assert.Equal("talk", transcript.Title);
        Assert.Equal([("ann", "Hello."), ("bo", "Hi."), ("ann", "Bye."), ("bo", "Bye.")], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Paragraphs[0].Text)));
    }

    [Fact]
    public void Section_headings_that_do_not_recur_stay_sections()
    {
        var text = "# Show\n\n## Introduction\n\nAnn: Welcome.\n\nBo: Thanks.\n\n## Questions\n\nAnn: First one.\n\nBo: Sure.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "show.md", "show");
        Assert.Empty(diagnostics);
        Assert.Equal(["Introduction", "Questions"], transcript.Sections.Select(s => s.Title));
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void Stamped_name_headings_are_timed_labels()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("stamped-name-headings.md"), "phoenix.md", "phoenix");
        Assert.Empty(diagnostics);
        Assert.Equal("Phoenix Cast — Episode 107", transcript.Title);
        Assert.Equal(["Kyle", "John", "Rich"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(string.Empty, Assert.Single(transcript.Sections).Title);
        Assert.Equal(
            [("kyle", 0.0), ("john", 1), ("kyle", 28), ("rich", 188), ("john", 194), ("kyle", 655), ("rich", 663), ("john", 678)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("the data's in the monitor? Like, you know, oh yeah, people taking that in the computer right", Assert.Single(transcript.AllTurns.ElementAt(3).Paragraphs).Text);
    }

    [Fact]
    public void A_stamp_dash_name_heading_under_a_transcript_heading_is_a_label()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("tembo-dash-name-headings.md"), "ep8.md", "ep8");
        Assert.Empty(diagnostics);
        Assert.Equal(["Ry", "Phil"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal("Transcript", Assert.Single(transcript.Sections).Title);
        Assert.Equal(
            [("ry", 12.0), ("phil", 37), ("ry", 42), ("phil", 53), ("phil", 824), ("ry", 826)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("That's also a good question.", Assert.Single(transcript.AllTurns.ElementAt(4).Paragraphs).Text);
    }

    [Fact]
    public void A_voice_heard_once_in_a_file_of_stamped_name_headings_is_a_speaker()
    {
        // Constructed in the layout transcription scripts write (whisper with pyannote): "## [hh:mm:ss] SPEAKER_00".
        var text = "# Transcription: panel.mp3\n\n- Duration: 00:01:00\n\n## [00:00:00] SPEAKER_00\n\nWelcome.\n\n## [00:00:10] SPEAKER_01\n\nThanks.\n\n" +
            "## [00:00:20] SPEAKER_00\n\nFirst question.\n\n## [00:00:31] SPEAKER_02\n\nCan I add something?\n\n## [00:00:40] SPEAKER_01\n\nSure.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "panel.md", "panel");
        Assert.Empty(diagnostics);
        Assert.Equal(["SPEAKER_00", "SPEAKER_01", "SPEAKER_02"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("speaker-00", 0.0, "Welcome."), ("speaker-01", 10, "Thanks."), ("speaker-00", 20, "First question."), ("speaker-02", 31, "Can I add something?"), ("speaker-01", 40, "Sure.")],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, Assert.Single(t.Paragraphs).Text)));
    }

    [Fact]
    public void Stamped_chapter_headings_stay_sections_above_stamped_speaker_headings()
    {
        var text = "# Show\n\n## Opening (0:00)\n\n### [00:00:00] Ann\n\nWelcome.\n\n### [00:00:05] Bo\n\nThanks.\n\n" +
            "## [00:12:30] Questions\n\n### [00:12:30] Ann\n\nFirst one.\n\n### [00:12:40] Bo\n\nSure.\n\n## [00:20:00] Closing Remarks\n\nAnn: Bye.\n\nBo: Bye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "show.md", "show");
        Assert.Empty(diagnostics);
        Assert.Equal(["Opening (0:00)", "[00:12:30] Questions", "[00:20:00] Closing Remarks"], transcript.Sections.Select(s => s.Title));
        Assert.Equal([2, 2, 2], transcript.Sections.Select(s => s.Turns.Count));
        Assert.Equal([0.0, 5, 750, 760], transcript.AllTurns.Take(4).Select(t => t.Start!.Value));
    }
}
