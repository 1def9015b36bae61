namespace Site.Tests.Glossary;

/// <summary>
/// Mentions in the real transcript, counted by hand with grep (each count explains itself), so the matcher is
/// checked against text nobody wrote for it. Lines stand in for paragraphs: independent of the transcript parser.
/// </summary>
public sealed class SoraMentionCountTests
{
    private static readonly Dictionary<string, int> Counts = CountAll();

    [Theory]
    // 世界模型 ×15, two of them inside the alias 物理世界模型.
    [InlineData("world-model", 15)]
    // AGI ×14 (one is the name SHAUN.AGI in the guest list: '.' is a word boundary) + 通用人工智能 ×2.
    [InlineData("agi", 16)]
    // 幻觉 ×5, all in “悖谬”和“幻觉”-style quotes.
    [InlineData("hallucination", 5)]
    // Transformer模型, Transformer是, 基于Transformer的; 扩散Transformer and Diffusion Transformer are the other term.
    [InlineData("transformer", 3)]
    [InlineData("diffusion-transformer", 2)]
    // 算力 ×11 by grep, one of which is inside 计算力; so 算力 10 + 计算力 1 + 计算能力 4 + 计算资源 3.
    [InlineData("compute", 18)]
    // 窗口期 ×5.
    [InlineData("window-period", 5)]
    public void Mentions_match_the_hand_count(string termId, int expected) => Assert.Equal(expected, Counts.GetValueOrDefault(termId));

    private static Dictionary<string, int> CountAll()
    {
        var glossary = TestGlossary.Real();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(TestGlossary.RepoRoot, "input", "transcripts", "sora-panel.txt")))
        {
            foreach (var match in glossary.FindMatches(line))
            {
                counts[match.TermId] = counts.GetValueOrDefault(match.TermId) + 1;
            }
        }

        return counts;
    }
}
