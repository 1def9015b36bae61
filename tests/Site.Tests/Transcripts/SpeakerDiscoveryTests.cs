namespace Site.Tests.Transcripts;

public sealed class SpeakerDiscoveryTests
{
    [Fact]
    public void Prefixes_used_at_least_twice_become_speakers_in_order_of_first_turn()
    {
        var text = "Interview: On Robots\n\nIntro text.\n\nHost: Welcome.\nDr. Kim: Thanks.\nHost: First question?\nDr. Kim: Answer.\nNote: recorded in 2023.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Equal("Interview: On Robots", transcript.Title);
        Assert.Equal(["host", "dr-kim"], transcript.Speakers.Select(s => s.Slug));
        Assert.True(transcript.Speakers[0].IsHost);
        Assert.Equal(["Intro text."], transcript.Lede.Select(p => p.Text));
        // "Note:" is used once: text of the current turn, with a warning.
        Assert.Equal("Note: recorded in 2023.", transcript.AllTurns.Last().Paragraphs[^1].Text);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Without_a_title_line_the_id_is_the_title()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("A: one\nB: two\nA: three\nB: four\n", "x.txt", "my-id");
        Assert.Equal("my-id", transcript.Title);
        Assert.Equal(4, transcript.AllTurns.Count());
    }

    [Fact]
    public void A_title_with_a_colon_repeated_as_a_caption_is_not_a_speaker()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("深聊Sora:思考\n深聊Sora:思考\n甲：一\n乙：二\n甲：三\n乙：四\n");
        Assert.Equal("深聊Sora:思考", transcript.Title);
        Assert.Equal(["jia", "yi"], transcript.Speakers.Select(s => s.Slug));
    }
}
