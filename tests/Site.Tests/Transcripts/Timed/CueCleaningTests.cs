using Site.Transcripts.Exports;

namespace Site.Tests.Transcripts.Timed;

/// <summary>Exports clean cue text with a quick blank test and copy text that is already clean: both must agree with the rule.</summary>
public sealed class CueCleaningTests
{
    [Fact]
    public void A_blank_is_exactly_a_whitespace_or_control_character()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            Assert.True((char.IsWhiteSpace(c) || char.IsControl(c)) == TranscriptCues.IsBlank(c), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("好莱坞的从业者", true)]
    [InlineData("a b c", true)]
    [InlineData("", true)]
    [InlineData(" a", false)]
    [InlineData("a ", false)]
    [InlineData("a  b", false)]
    [InlineData("a\nb", false)]
    [InlineData("中\u3000文", false)]
    [InlineData("a\u00A0b", false)]
    [InlineData("a\u0085b", false)]
    public void Text_is_clean_when_cleaning_would_give_it_back(string text, bool clean)
    {
        Assert.Equal(clean, TranscriptCues.IsClean(text));
        Assert.Equal(clean, TranscriptCues.Clean(text.AsSpan()) == text);
        Assert.Equal(TranscriptCues.Clean(text.AsSpan()), TranscriptCues.Clean(text));
    }
}
