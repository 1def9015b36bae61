using System.Text;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>Speaker pages count characters as a reader does: no whitespace of any kind, an emoji once.</summary>
public sealed class CharacterCountTests
{
    [Fact]
    public void Every_character_counts_except_whitespace_and_the_second_half_of_a_surrogate_pair()
    {
        // Each UTF-16 code unit, one at a time, against the rule the count stands for.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var expected = char.IsWhiteSpace(c) || char.IsLowSurrogate(c) ? 0 : 1;
            Assert.True(expected == WriteTranscriptMarkdown.CountCharacters(c.ToString()), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("罗宜晖说：你好。", 8)]
    [InlineData("a b\tc\u3000d\u00A0e\u2028f", 6)]
    [InlineData("🎬 Sora 🎬", 6)]
    [InlineData("", 0)]
    public void Text_is_counted_as_read(string text, int count)
    {
        Assert.Equal(count, WriteTranscriptMarkdown.CountCharacters(text));
        Assert.Equal(count, new StringBuilder(text).ToString().EnumerateRunes().Count(rune => !Rune.IsWhiteSpace(rune)));
    }
}
