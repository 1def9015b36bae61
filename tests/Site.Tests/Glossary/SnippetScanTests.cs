using Site.Glossary;

namespace Site.Tests.Glossary;

/// <summary>
/// A term page quotes each mention with the sentence around it. In a paragraph without sentence ends (speech
/// recognition output, or English, whose full stop is not a sentence end here) finding that sentence must not
/// read the whole paragraph for every mention: a 4 MB turn then took 52 s of glossary pages instead of 0.1 s.
/// </summary>
public sealed class SnippetScanTests
{
    [Fact]
    public void Finding_the_sentence_of_a_mention_reads_only_the_context_window()
    {
        var text = string.Concat(Enumerable.Repeat("the widget runs and ", 100_000)); // 2 million characters, no sentence end
        var mention = new TermMatch(1_000_004, 6, "widget");
        GlossarySnippet.CharactersScanned = 0;

        var (start, end) = GlossarySnippet.SentenceOf(text, mention);

        Assert.Equal((mention.Start - 48, mention.Start + mention.Length + 48), (start, end));
        Assert.InRange(GlossarySnippet.CharactersScanned, 0, 2 * 48);
    }

    [Theory]
    [InlineData("一句。The widget works. Next", 3, "The widget works. Next")]
    [InlineData("widget", 0, "widget")]
    [InlineData("前面的话；widget在这里！后面", 5, "widget在这里！")]
    public void The_sentence_ends_at_sentence_punctuation(string text, int at, string sentence)
    {
        var (start, end) = GlossarySnippet.SentenceOf(text, new TermMatch(at, 6, "widget"));
        Assert.Equal(sentence, text[start..end]);
    }
}
