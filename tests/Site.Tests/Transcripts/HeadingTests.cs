using Site.Transcripts;

namespace Site.Tests.Transcripts;

public sealed class HeadingTests
{
    [Theory]
    [InlineData("01 Sora的出现,到底为什么那么强?", "Sora的出现,到底为什么那么强?")]
    [InlineData("一、开场", "开场")]
    [InlineData("第一部分 技术", "技术")]
    [InlineData("第二部分：商业", "商业")]
    [InlineData("Part 1: What changed?", "What changed?")]
    [InlineData("Part Two - Contracts", "Contracts")]
    [InlineData("# Opening", "Opening")]
    [InlineData("## Opening ##", "Opening")]
    [InlineData("1. Opening", "Opening")]
    public void Heading_shapes(string line, string title)
    {
        Assert.Equal(title, HeadingRule.Match(line)?.Title);
    }

    [Theory]
    [InlineData("2024年，我们开始做这个项目")]
    [InlineData("1000张图片都是猫")]
    [InlineData("3.5 is better than 3")]
    [InlineData("10:30 we started")]
    [InlineData("第一,它是不是真的能够理解世界了?")]
    [InlineData("第一次了解到Sora时")]
    [InlineData("01 This line ends like a sentence.")]
    [InlineData("一个人从它面前走过")]
    [InlineData("#hashtag")]
    [InlineData("# 这是一句很长的话，它不是标题，因为它像句子一样长，而且还在继续说下去，说了很多很多的内容，远远超过了一个标题应有的长度限制，所以不会被当作标题，对吧。")]
    public void Not_headings(string line)
    {
        Assert.Null(HeadingRule.Match(line));
    }

    [Fact]
    public void A_heading_wins_over_a_speaker_named_like_it()
    {
        var text = "T\n\nPart 1: What changed?\nAnn: a\nBob: b\nPart 2: Next\nAnn: c\nBob: d\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["What changed?", "Next"], transcript.Sections.Select(s => s.Title));
        Assert.DoesNotContain(transcript.Speakers, s => s.Name.StartsWith("Part", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_lists_inside_turns_are_not_headings()
    {
        var text = "T\n\n01 First\nAnn: three points:\n1. data\n2. compute\n3. algorithms\nBob: agreed\n一、是\n二、否\nAnn: ok\n02 Second\nAnn: more\nBob: yes\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["First", "Second"], transcript.Sections.Select(s => s.Title));
        Assert.Equal(["three points:", "1. data", "2. compute", "3. algorithms"], transcript.Sections[0].Turns[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(["agreed", "一、是", "二、否"], transcript.Sections[0].Turns[1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Turns_before_the_first_heading_form_a_section_with_an_empty_title()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\n\nAnn: a\nBob: b\n# Later\nAnn: c\nBob: d\n");
        Assert.Equal(["", "Later"], transcript.Sections.Select(s => s.Title));
        Assert.Equal(["s01", "s02"], transcript.Sections.Select(s => s.Slug));
        Assert.Equal(["s01-t01", "s01-t02", "s02-t01", "s02-t02"], transcript.AllTurns.Select(t => t.Id));
    }

    [Fact]
    public void Text_between_a_heading_and_its_first_turn_is_the_section_intro()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("T\n\nAnn: a\nBob: b\n# Later\nThe panel moved on.\nAnn: c\nBob: d\n");
        Assert.Equal(["The panel moved on."], transcript.Sections[1].Intro.Select(p => p.Text));
    }

    [Theory]
    [InlineData("第10期 多模态大模型的技术路线之争")]
    [InlineData("第三集：开源与闭源")]
    [InlineData("Episode 12: Scaling laws")]
    public void A_first_line_numbering_an_episode_is_the_title_not_a_section(string firstLine)
    {
        var (transcript, _) = TranscriptFiles.ParseOk(firstLine + "\n\n01 开场\nAnn: a\nBob: b\n02 收尾\nAnn: c\nBob: d\n");
        Assert.Equal(firstLine, transcript.Title);
        Assert.Equal(["开场", "收尾"], transcript.Sections.Select(s => s.Title));
    }

    [Fact]
    public void A_first_line_that_is_a_part_heading_is_still_a_section()
    {
        var (transcript, _) = TranscriptFiles.ParseOk("Part 1: Opening\nAnn: a\nBob: b\nPart 2: Close\nAnn: c\nBob: d\n");
        Assert.Equal(["Opening", "Close"], transcript.Sections.Select(s => s.Title));
    }
}
