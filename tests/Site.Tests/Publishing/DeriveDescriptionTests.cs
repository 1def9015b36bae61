using Site.Modules.PostProcess;
using Site.Modules.Process;

namespace Site.Tests.Publishing;

public sealed class DeriveDescriptionTests
{
    [Fact]
    public void Short_text_is_kept_whole_without_headings_or_tags()
    {
        var html = "<h2 id=\"x\">标题</h2>\n<p>本站由 <strong>Site</strong> 生成，术语链接到<a href=\"/g/\">术语表</a>。</p>";
        Assert.Equal("本站由 Site 生成，术语链接到术语表。", DeriveDescription.Derive(html));
    }

    [Fact]
    public void Chinese_text_is_cut_at_the_last_sentence_end_that_fits()
    {
        var first = new string('甲', 50) + "。";
        var second = new string('乙', 50) + "！";
        var third = new string('丙', 50) + "。";
        Assert.Equal(first + second, DeriveDescription.Derive($"<p>{first}{second}{third}</p>"));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var text = "他说：“" + new string('好', 60) + "。”" + new string('后', 80);
        Assert.Equal("他说：“" + new string('好', 60) + "。”", DeriveDescription.Derive($"<p>{text}</p>"));
    }

    [Fact]
    public void English_is_cut_at_a_sentence_end_but_not_inside_a_version_number()
    {
        var html = "<p>Sora 1.5 makes videos from text. It was shown in February and people argued about world models for weeks. Then more came, and more, and more still.</p>";
        Assert.Equal("Sora 1.5 makes videos from text. It was shown in February and people argued about world models for weeks.", DeriveDescription.Derive(html));
    }

    [Fact]
    public void Text_without_sentence_ends_is_cut_with_an_ellipsis()
    {
        var cjk = DeriveDescription.Derive("<p>" + new string('字', 300) + "</p>");
        Assert.Equal(new string('字', 119) + "…", cjk);

        var latin = DeriveDescription.Derive("<p>" + string.Join(' ', Enumerable.Repeat("word", 60)) + "</p>");
        Assert.EndsWith("word…", latin, StringComparison.Ordinal);
        Assert.True(latin.Length <= 120);
    }

    [Fact]
    public void Blocks_separate_words_and_entities_are_decoded()
    {
        Assert.Equal("one two & three", DeriveDescription.Derive("<ul><li>one</li><li>two &amp; three</li></ul><script>var x = 1;</script><pre>code</pre>"));
    }

    [Fact]
    public void A_section_is_described_by_its_speakers_words_without_turn_permalinks_or_times()
    {
        var html = "<div id=\"s01-t01\" class=\"turn\" data-speaker=\"ann\"><p><a href=\"/t/speakers/ann/\" class=\"speaker\">Ann</a> " +
            "<a href=\"#s01-t01\" class=\"turn-time\" title=\"Play from here\">00:03</a> <a href=\"#s01-t01\" class=\"permalink\" title=\"Permalink\">#</a></p>" +
            "<p>The first words.</p></div>";
        Assert.Equal("Ann The first words.", DeriveDescription.Derive(html));
    }
}
