namespace Site.Tests.Transcripts;

/// <summary>Chinese keyboards type Latin names in full width (ＫＥＶＩＮ): they are the same names as Kevin.</summary>
public sealed class FullWidthNameTests
{
    internal const string Panel = """
        全角名字的对谈

        丨嘉宾
        ①ＫＥＶＩＮ 某基金 投资人
        ②李四（Ｌｉ　Ｓｉ） 研究员

        01 开场

        Kevin：你好，今天聊聊视频生成。
        Li Si：你好。
        ＫＥＶＩＮ：再见。
        """;

    [Fact]
    public void A_full_width_name_gets_the_slug_of_its_ASCII_form()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(Panel);

        Assert.Equal(["kevin", "li-si"], transcript.Speakers.Select(s => s.Slug));
    }

    [Fact]
    public void Turns_in_half_or_full_width_go_to_the_same_speaker()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Panel);

        Assert.Empty(diagnostics);
        Assert.Equal(["kevin", "li-si", "kevin"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }
}
