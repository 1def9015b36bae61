using Site.Diagnostics;
using Site.Tests.Transcripts;
using Site.Transcripts;
using Site.Transcripts.Highlights;

namespace Site.Tests.Charts;

/// <summary>Each highlight of the seed transcript is linked to a turn that discusses it, unless the author pins another.</summary>
public sealed class HighlightLinkTests
{
    private static readonly Transcript Sora = TranscriptParser.Parse(TranscriptFiles.SoraPanel(), "input/transcripts/sora-panel.txt", "sora-panel").Transcript!;

    private static readonly Site.Glossary.Glossary SeedGlossary = Site.Glossary.GlossaryLoader.Load(RepositoryInput(), new DiagnosticBag());

    private static string RepositoryInput([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "input");

    private static string TextOf(Turn turn) => string.Concat(turn.Paragraphs.Select(paragraph => paragraph.Text));

    [Theory]
    [InlineData(1, new[] { "遮挡" })]
    [InlineData(2, new[] { "概率" })]
    [InlineData(3, new[] { "计算资源" })]
    [InlineData(4, new[] { "窗口期", "数据飞轮", "Midjourney" })]
    [InlineData(5, new[] { "AGI", "进化算法", "恒星级" })]
    public void Each_seed_highlight_is_linked_to_a_turn_with_its_key_terms(int number, string[] keyTerms)
    {
        var links = LinkHighlights.Link(Sora, SeedGlossary);

        var link = Assert.Single(links, link => link.Number == number);
        Assert.False(link.Pinned);
        var text = TextOf(link.Turn);
        Assert.All(keyTerms, term => Assert.Contains(term, text, StringComparison.Ordinal));
    }
}
