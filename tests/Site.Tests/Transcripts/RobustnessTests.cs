using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>Bad input becomes diagnostics, never an exception: garbage, truncations and shuffles of real files.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "---", "\n", "\r\n", "\r", "\uFEFF", ":", "：", "(", "（", ")", "）", "①", "⑤", "1.", "01 ", "一、", "第一部分 ", "Part 1: ",
        "# ", "##", "Guests:", "丨嘉宾", "划重点", "Highlights:", "主持人", "Host", "腾讯科技", "Ann", "Ann:", "主持人(腾讯科技):",
        "Loading...", "© 版权声明", "相关文章", "本文来自", "Source:", "554 0 0", "speakers:", "  - name: ", "drop: ['(']",
        "title: [", "\u00A0", "\u3000", "\u200B", " ", "\t", "x", "文", "?", "？", "<script>", "*", "[a](javascript:x)", "\uD83D\uDE00",
        "\uD800", "\0", "-", "•", "2024年", "1000张", "🙂",
    ];

    [Fact]
    public void Random_fragment_soup_never_throws()
    {
        var random = new Random(20240301);
        for (var round = 0; round < 3000; round++)
        {
            var count = random.Next(0, 40);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)]));
            AssertParses(text);
        }
    }

    [Fact]
    public void Random_characters_never_throw()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0x3100)).ToArray();
            AssertParses(new string(chars));
        }
    }

    [Fact]
    public void Every_truncation_and_line_shuffle_of_the_samples_parses()
    {
        var random = new Random(11);
        foreach (var sample in new[] { TranscriptFiles.SoraPanel(), TranscriptFiles.Fixture("english-podcast.txt") })
        {
            var lines = sample.Split('\n');
            for (var n = 0; n <= lines.Length; n++)
            {
                AssertParses(string.Join('\n', lines.Take(n)));
                AssertParses(string.Join('\n', lines.Skip(n)));
            }

            for (var round = 0; round < 50; round++)
            {
                AssertParses(string.Join('\n', lines.OrderBy(_ => random.Next())));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("---")]
    [InlineData("---\n---")]
    [InlineData("---\n- a list\n---\nA: x\nA: y")]
    [InlineData("---\nspeakers: 5\ndrop: {a: b}\ntitle: [1]\n---\nA: x\nA: y")]
    [InlineData("---\nspeakers:\n  - name: [x]\n    aliases: {a: 1}\n---\nA: x")]
    [InlineData("Guests:\n1.\n2. \n①")]
    [InlineData("①\n②\n③")]
    [InlineData(":\n：\n:x\n：y")]
    [InlineData("()\n（）:\n(:)")]
    public void Edge_inputs_give_diagnostics_not_exceptions(string text)
    {
        AssertParses(text);
    }

    private static void AssertParses(string text)
    {
        var result = TranscriptParser.Parse(text, "fuzz.txt", "fuzz");
        // The safety net in TranscriptParser reports exceptions as "could not be parsed"; none may reach it.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("could not be parsed", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Path == "fuzz.txt", d.ToString()));
        if (result.Transcript is { } transcript)
        {
            Assert.NotEmpty(transcript.AllTurns);
            Assert.All(transcript.AllTurns, turn => Assert.NotNull(transcript.FindSpeaker(turn.SpeakerSlug)));
            var ids = transcript.AllTurns.Select(t => t.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(transcript.Speakers.Count, transcript.Speakers.Select(s => s.Slug).Distinct().Count());
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.IsError);
        }
    }
}
