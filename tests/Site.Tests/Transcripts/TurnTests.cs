using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

public sealed class TurnTests
{
    private const string Guests = "T\n\nGuests:\n1. Ann Lee, engineer\n2. Bob Stone, designer\n\n";

    [Fact]
    public void Full_width_and_ascii_colons_and_brackets_both_work()
    {
        var text = "标题\n嘉宾\n①张三（Zhang） 研究员\n②主持人(科技频道):李四 记者\n张三：全角。\nZhang: half.\n科技频道:问题？\n主持人（科技频道）：再问。\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["zhang", "zhang", "host", "host"], transcript.AllTurns.Select(t => t.SpeakerSlug));
        Assert.Equal(["全角。", "half.", "问题？", "再问。"], transcript.AllTurns.Select(t => t.Paragraphs[0].Text));
    }

    [Fact]
    public void Paragraphs_without_a_prefix_continue_the_turn()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(Guests + "Ann: one\n\ntwo\nthree\nBob: four\n");
        Assert.Equal(["one", "two", "three"], transcript.AllTurns.First().Paragraphs.Select(p => p.Text));
        Assert.Equal([7, 9, 10], transcript.AllTurns.First().Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void An_unknown_prefix_is_text_with_a_SITE302_warning()
    {
        var result = TranscriptParser.Parse(Guests + "Ann: one\nCarl: interrupts\nBob: two\n", "w.txt", "w");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownSpeaker, "w.txt", 8, 1), (warning.Severity, warning.Code, warning.Path, warning.Line, warning.Column));
        Assert.Equal("w.txt(8,1): warning SITE302: 'Carl' is not a known speaker; the line is kept as text of the current turn (list the speaker in the guest block or front matter if it is one)", warning.ToString());
        Assert.Equal(["one", "Carl: interrupts"], result.Transcript!.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Times_urls_and_sentences_with_colons_are_not_speaker_prefixes()
    {
        var result = TranscriptParser.Parse(Guests + "Ann: one\n10:30 was the time\nhttps://example.com\nThe answer, in short: data\nBob: two\n", "w.txt", "w");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(4, result.Transcript!.AllTurns.First().Paragraphs.Count);
    }

    [Fact]
    public void A_prefix_shared_by_two_speakers_is_SITE304()
    {
        var text = "---\nspeakers:\n  - name: Ann Lee\n    aliases: [Lee]\n  - name: Bob Lee\n    aliases: [Lee]\n---\nAnn Lee: one\nLee: who?\nBob Lee: me\n";
        var result = TranscriptParser.Parse(text, "a.txt", "a");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnresolvedSpeaker, 9), (error.Code, error.Line));
        Assert.Equal(["one", "Lee: who?"], result.Transcript!.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void No_turns_is_SITE301_on_line_1()
    {
        var result = TranscriptParser.Parse("Just a title\n", "n.txt", "n");
        Assert.Null(result.Transcript);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.NoTurns, 1, "n.txt"), (error.Code, error.Line, error.Path));
    }

    [Fact]
    public void A_bare_name_line_starts_a_turn_whose_text_follows()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(Guests + "Ann:\nI have a long answer.\nBob: ok\n");
        var turn = transcript.AllTurns.First();
        Assert.Equal(7, turn.Line);
        Assert.Equal(["I have a long answer."], turn.Paragraphs.Select(p => p.Text));
    }
}
