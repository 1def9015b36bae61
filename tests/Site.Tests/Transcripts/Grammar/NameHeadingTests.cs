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
}
