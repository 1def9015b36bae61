namespace Site.Tests.Transcripts.Grammar;

/// <summary>Markdown a transcript is written in that is not its text: hard breaks, a heading's closing colon.</summary>
public sealed class MarkdownInTextTests
{
    [Fact]
    public void A_hard_break_at_the_end_of_a_turn_leaves_no_backslash()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("whisper-pyannote-numbered-voices.md"), "vidal.md", "vidal");
        Assert.Empty(diagnostics);
        Assert.Equal("Every American girl now is also told she could become president.", Assert.Single(transcript.AllTurns.ElementAt(2).Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains('\\', StringComparison.Ordinal));
    }

    [Fact]
    public void Both_hard_breaks_are_nothing_and_an_escaped_backslash_stays_text()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Title\n\nAnn: one \\\nBob: two\\\nAnn: a path, C:\\Temp\\\\\nBob: fine  \n\\\nAnn: ok\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["one", "two", "a path, C:\\Temp\\\\", "fine", "ok"], transcript.AllTurns.Select(t => Assert.Single(t.Paragraphs).Text));
    }

    [Fact]
    public void A_heading_ending_in_a_colon_is_the_title_without_its_hashes()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(GrammarSamples.Read("whisper-pyannote-numbered-voices.md"), "vidal.md", "vidal");
        Assert.Equal("Transcript", transcript.Title);
    }

    [Fact]
    public void A_section_heading_ending_in_a_colon_is_a_section()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Title\n\n## Opening remarks:\nAnn: hi\nBob: hello\n## Questions：\nAnn: so?\nBob: yes\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["Opening remarks", "Questions"], transcript.Sections.Select(s => s.Title));
    }
}
