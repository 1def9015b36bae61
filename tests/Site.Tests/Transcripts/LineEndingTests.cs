namespace Site.Tests.Transcripts;

public sealed class LineEndingTests
{
    private const string Text = "Title\n\nGuests:\n1. Ann Lee, engineer\n2. Bob Stone, designer\n\nAnn: Hello.\nBob: Hi.\n";

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", false)]
    [InlineData("\r", true)]
    public void Every_line_ending_and_an_optional_bom_give_the_same_lines(string newline, bool bom)
    {
        var text = (bom ? "\uFEFF" : string.Empty) + Text.Replace("\n", newline, StringComparison.Ordinal);
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);

        Assert.Empty(diagnostics);
        Assert.Equal("Title", transcript.Title);
        var turns = transcript.AllTurns.ToList();
        Assert.Equal([7, 8], turns.Select(t => t.Line));
        Assert.Equal(["Hello.", "Hi."], turns.Select(t => t.Paragraphs[0].Text));
    }

    [Fact]
    public void Front_matter_with_crlf_and_bom_is_read_and_lines_count_from_the_file_start()
    {
        var text = "\uFEFF---\r\ntitle: From front matter\r\n---\r\nAnn: one\r\nBob: two\r\nAnn: three\r\nBob: four\r\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal("From front matter", transcript.Title);
        Assert.Equal([4, 5, 6, 7], transcript.AllTurns.Select(t => t.Line));
    }
}
