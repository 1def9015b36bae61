using Site.Transcripts.Charts;

namespace Site.Tests.Charts;

/// <summary>Words as readers count them: a CJK character is a word, other scripts count words between spaces.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("我们从数据进入系统", 9, 0)]
    [InlineData("Contracts between teams matter.", 0, 4)]
    [InlineData("Sora，它是 Diffusion Transformer 模型 — 对吧？", 6, 3)]
    [InlineData("  - \u3000 ", 0, 0)]
    public void Counts_wide_characters_and_words_apart(string text, int wide, int words) =>
        Assert.Equal(new WordCount(wide, words), WordCount.Of(text));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(300, 0, 1)]
    [InlineData(301, 0, 2)]
    [InlineData(0, 460, 2)]
    [InlineData(150, 115, 1)]
    public void Reading_time_adds_the_minutes_of_each_script(int wide, int words, int minutes) =>
        Assert.Equal(minutes, ReadingTime.Minutes(new WordCount(wide, words)));
}
