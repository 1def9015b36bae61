using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>
/// Filters never take a known speaker's turn away: a trailer (<c>Related posts</c>, <c>相关文章</c>...) ends the
/// transcript only when no turn of a known speaker follows it; scrape-noise rules keep a line that is such a turn; a
/// front matter <c>drop</c> pattern that removes one says so. Whatever is dropped and looks like a turn is SITE307.
/// </summary>
public sealed class DroppedTurnTests
{
    private const string Guests = "T\n\nGuests:\n\n1. Ann engineer\n2. Bob editor\n\n";

    [Theory]
    [InlineData("Related posts")]
    [InlineData("相关文章")]
    [InlineData("© 版权声明")]
    [InlineData("暂无评论")]
    public void Turns_after_a_trailer_are_kept(string trailer)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + $"Ann: hi\nBob: ok\n{trailer}\nSome related headline\nAnn: I was not done\nBob: go on\n");

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["hi", "ok|Some related headline", "I was not done", "go on"],
            transcript.AllTurns.Select(turn => string.Join('|', turn.Paragraphs.Select(p => p.Text))));
    }

    [Fact]
    public void Turns_of_discovered_speakers_after_a_trailer_are_kept()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\nAnn: hi\nBob: ok\nAnn: more\nBob: yes\nRelated posts\nAnn: still here\n");
        Assert.Equal(["hi", "ok", "more", "yes", "still here"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
    }

    [Fact]
    public void A_trailer_without_turns_after_it_ends_the_transcript_and_a_dropped_turn_like_line_is_reported()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + "Ann: hi\nBob: ok\n相关文章\nCarl：不是对话\nAnother headline\n");

        Assert.Equal(["hi", "ok"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DroppedTurnText, Severity.Warning, 11, 1), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Contains("'Carl'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'相关文章' (line 10)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drop_pattern_that_removes_a_known_speakers_turn_warns()
    {
        var text = "---\ndrop: ['^Bob: ad']\n---\n" + Guests + "Ann: hi\nBob: ad for a sponsor\nBob: ok\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);

        Assert.Equal(["hi", "ok"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DroppedTurnText, 12, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("'^Bob: ad'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'Bob'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drop_pattern_that_removes_other_lines_is_quiet()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("---\ndrop: ['^Advert']\n---\n" + Guests + "Ann: hi\nAdvertisement: buy\nBob: ok\n");
        Assert.Empty(diagnostics);
        Assert.Equal(2, transcript.AllTurns.Count());
    }

    [Fact]
    public void A_known_speakers_turn_that_looks_like_scrape_noise_is_kept()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + "Ann:3小时前发布 新模型\nBob: ok\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["3小时前发布 新模型", "ok"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
    }

    [Fact]
    public void A_scrape_noise_line_that_looks_like_a_turn_of_someone_unknown_is_reported()
    {
        var (_, diagnostics) = TranscriptFiles.ParseOk(Guests + "Ann: hi\nCarl:3小时前发布 新模型\nBob: ok\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.DroppedTurnText, 9), (warning.Code, warning.Line));
    }

    [Fact]
    public void A_known_speakers_last_turn_is_not_taken_for_the_credit()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\n\nGuests:\n\n1. 编辑 主持\n2. 张三 嘉宾\n\n编辑：你好\n张三：你好\n编辑：谢谢收看\n");
        Assert.Null(transcript.Credit);
        Assert.Equal(["你好", "你好", "谢谢收看"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
    }
}
