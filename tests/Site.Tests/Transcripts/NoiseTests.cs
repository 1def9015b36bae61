using Site.Transcripts;

namespace Site.Tests.Transcripts;

public sealed class NoiseTests
{
    [Theory]
    [InlineData("Loading...")]
    [InlineData("加载中...")]
    [InlineData("加载中…")]
    [InlineData("资讯7个月前发布 hiailand")]
    [InlineData("2小时前发布 editor01")]
    [InlineData("Published 3 days ago by editor")]
    [InlineData("554 0 0")]
    public void Scrape_noise_lines(string line)
    {
        Assert.True(NoiseFilter.IsNoiseLine(line));
    }

    [Theory]
    [InlineData("2024年发布了这个模型")]
    [InlineData("554")]
    [InlineData("Loading the data took hours.")]
    public void Text_that_is_not_noise(string line)
    {
        Assert.False(NoiseFilter.IsNoiseLine(line));
    }

    [Fact]
    public void Everything_from_a_trailing_marker_is_dropped_and_the_credit_is_kept()
    {
        var text = "加载中...\n标题\n3小时前发布 bot\n12 3 4\nAnn：你好\nBob：你好\n标题\nAnn：再见\nBob：再见\n本文来自微信公众号“某某”\n© 版权声明\n相关文章\nCarl：不是对话\n暂无评论\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        // The dropped "Carl：" line looks like a turn: it is not lost silently.
        Assert.Equal((Site.Diagnostics.DiagnosticCodes.DroppedTurnText, 13), (Assert.Single(diagnostics).Code, diagnostics[0].Line));
        Assert.Equal("标题", transcript.Title);
        Assert.Equal("本文来自微信公众号“某某”", transcript.Credit);
        Assert.Equal(["你好", "你好", "再见", "再见"], transcript.AllTurns.Select(t => t.Paragraphs.Single().Text));
        Assert.Empty(transcript.Lede);
    }

    [Fact]
    public void A_credit_like_line_inside_the_conversation_stays_text()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\nAnn: hi\nSource: my notes, as I said\nBob: ok\nAnn: bye\nBob: bye\n");
        Assert.Null(transcript.Credit);
        Assert.Equal(["hi", "Source: my notes, as I said"], transcript.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_marker_before_the_conversation_does_not_swallow_it()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\n相关文章\nAnn: hi\nBob: ok\nAnn: bye\nBob: bye\n");
        Assert.Equal(4, transcript.AllTurns.Count());
    }
}
