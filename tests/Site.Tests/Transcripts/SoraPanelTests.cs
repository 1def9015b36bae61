using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>The sample transcript in input/transcripts: a scraped Chinese panel with every feature of the format.</summary>
public sealed class SoraPanelTests
{
    private static readonly Transcript Sora = Parse();

    private static Transcript Parse()
    {
        var result = TranscriptParser.Parse(TranscriptFiles.SoraPanel(), "input/transcripts/sora-panel.txt", "sora-panel");
        Assert.Empty(result.Diagnostics);
        return result.Transcript!;
    }

    [Fact]
    public void Title_is_the_first_line_after_the_loading_placeholder()
    {
        Assert.Equal("与硅谷创业者深聊Sora:对技术创新和商业逻辑的思考", Sora.Title);
        Assert.Equal("sora-panel", Sora.Id);
    }

    [Fact]
    public void Speakers_come_from_the_guest_block_in_order()
    {
        Assert.Equal(["ethan", "how", "lu-weimin", "shaun", "host"], Sora.Speakers.Select(s => s.Slug));
        Assert.Equal(["何宜晖", "How在硅谷", "鲁为民", "SHAUN.AGI", "纪振宇"], Sora.Speakers.Select(s => s.Name));

        var host = Sora.Speakers[4];
        Assert.True(host.IsHost);
        Assert.Equal("主持人", host.Role);
        Assert.Equal(["腾讯科技"], host.Aliases);
        Assert.Equal("腾讯新闻驻硅谷作者", host.Bio);
        Assert.Equal(28, host.Line);

        var lu = Sora.Speakers[2];
        Assert.Empty(lu.Aliases);
        Assert.Equal("MoPaaS 魔泊云创始人和CEO", lu.Bio);
        Assert.Equal(["Shaun"], Sora.Speakers[3].Aliases);
        Assert.Equal("前Google Assistant 部门Tech Lead,GenAI领域创业者", Sora.Speakers[3].Bio);
        Assert.Equal("NVidia 资深深度学习算法工程师", Sora.Speakers[0].Bio);
        Assert.All(Sora.Speakers.Take(4), s => Assert.False(s.IsHost));
    }

    [Fact]
    public void Highlights_are_the_five_entries_without_numbering()
    {
        Assert.Equal(5, Sora.Highlights.Count);
        Assert.StartsWith("Sora生成的视频让业界惊艳", Sora.Highlights[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("从第一性角度来讲", Sora.Highlights[4].Text, StringComparison.Ordinal);
        Assert.Equal([32, 34, 36, 38, 40], Sora.Highlights.Select(h => h.Line));
    }

    [Fact]
    public void Lede_is_the_introduction_and_the_line_before_the_first_section()
    {
        // Lines 8, 10, 12, 14 (introduction) and 42; line 16 repeats the title (an image caption) and is dropped.
        Assert.Equal([8, 10, 12, 14, 42], Sora.Lede.Select(p => p.Line));
        Assert.Equal("以下为直播实录精简版:", Sora.Lede[^1].Text);
    }

    [Fact]
    public void Sections_are_the_three_numbered_headings()
    {
        Assert.Equal(["s01", "s02", "s03"], Sora.Sections.Select(s => s.Slug));
        Assert.Equal(["Sora的出现,到底为什么那么强?", "Sora真的接近世界模型吗?", "Sora的出现,会给AI应用生态带来哪些改变?"], Sora.Sections.Select(s => s.Title));
        Assert.Equal([44, 100, 160], Sora.Sections.Select(s => s.Line));
        Assert.All(Sora.Sections, s => Assert.Empty(s.Intro));
    }

    [Fact]
    public void Turn_counts_match_a_hand_count_of_the_file()
    {
        // Counted with grep on the file, not with the parser: for each section's line range (44-99, 100-159,
        // 160-225), `sed -n 'A,Bp' | grep -o '^\(腾讯科技\|鲁为民\|Shaun\|Ethan\|How\):' | sort | uniq -c`,
        // then checked by reading the file. Every turn prefix in this file uses an ASCII colon.
        int[] expectedPerSection = [17, 9, 17];
        var expectedPerSpeaker = new Dictionary<string, int>
        {
            ["host"] = 12, // 腾讯科技: 4 + 1 + 7
            ["lu-weimin"] = 7, // 鲁为民: 3 + 2 + 2
            ["shaun"] = 9, // 4 + 2 + 3
            ["ethan"] = 10, // 4 + 2 + 4
            ["how"] = 5, // 2 + 2 + 1
        };
        var perSectionAndSpeaker = new Dictionary<(string, string), int>
        {
            [("s01", "host")] = 4, [("s01", "lu-weimin")] = 3, [("s01", "shaun")] = 4, [("s01", "ethan")] = 4, [("s01", "how")] = 2,
            [("s02", "host")] = 1, [("s02", "lu-weimin")] = 2, [("s02", "shaun")] = 2, [("s02", "ethan")] = 2, [("s02", "how")] = 2,
            [("s03", "host")] = 7, [("s03", "lu-weimin")] = 2, [("s03", "shaun")] = 3, [("s03", "ethan")] = 4, [("s03", "how")] = 1,
        };

        Assert.Equal(expectedPerSection, Sora.Sections.Select(s => s.Turns.Count));
        foreach (var (slug, count) in expectedPerSpeaker)
        {
            Assert.Equal(count, Sora.AllTurns.Count(t => t.SpeakerSlug == slug));
        }

        foreach (var ((section, speaker), count) in perSectionAndSpeaker)
        {
            Assert.Equal(count, Sora.Sections.Single(s => s.Slug == section).Turns.Count(t => t.SpeakerSlug == speaker));
        }
    }

    [Fact]
    public void Paragraph_counts_match_a_hand_count_of_the_file()
    {
        // Non-empty lines per section range (grep -c . on lines 44-99, 100-159, 160-225): 28, 30 and 33, minus the
        // heading in each and the title repeated as a caption on line 144. (The credit, line 226, is outside.)
        Assert.Equal([27, 28, 32], Sora.Sections.Select(s => s.Turns.Sum(t => t.Paragraphs.Count)));
    }

    [Fact]
    public void Turns_keep_their_lines_and_continuations()
    {
        var first = Sora.Sections[0].Turns[0];
        Assert.Equal("s01-t01", first.Id);
        Assert.Equal("host", first.SpeakerSlug);
        Assert.Equal(46, first.Line);
        Assert.Equal("第一次了解到Sora时,它最让你惊艳的地方在哪?", first.Paragraphs[0].Text);

        // How's first turn continues over "第一,..." and "第二,..." (not headings: they have no heading separator).
        var how = Sora.Sections[0].Turns[4];
        Assert.Equal("how", how.SpeakerSlug);
        Assert.Equal([58, 60, 62], how.Paragraphs.Select(p => p.Line));

        // The last turn ends with a short closing line, and the credit is not part of it.
        var last = Sora.Sections[2].Turns[^1];
        Assert.Equal("s03-t17", last.Id);
        Assert.Equal("AI离每个人都越来越近了。", last.Paragraphs[^1].Text);
    }

    [Fact]
    public void Credit_is_the_closing_line_and_the_page_furniture_is_gone()
    {
        Assert.StartsWith("本文来自微信公众号“腾讯科技”", Sora.Credit, StringComparison.Ordinal);
        Assert.DoesNotContain(Sora.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains("暂无评论", StringComparison.Ordinal) || p.Text.Contains("版权声明", StringComparison.Ordinal));
        Assert.DoesNotContain(Sora.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text == Sora.Title);
    }

    [Fact]
    public void Turn_ids_are_unique()
    {
        var ids = Sora.AllTurns.Select(t => t.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
