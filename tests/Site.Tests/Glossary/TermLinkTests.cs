using Site.Configuration;
using Site.Glossary;
using Site.Markdown;
using Site.Transcripts;
using Site.Urls;

namespace Site.Tests.Glossary;

public sealed class TermLinkTests
{
    private static readonly Site.Glossary.Glossary Sample = TestGlossary.Of(
        ("world-model", ["世界模型"]),
        ("model", ["模型"]),
        ("agi", ["AGI"]));

    private static string Write(string text, IReadOnlyList<TermMatch> linked)
    {
        var page = new PageMarkdown(new UrlHelper("/", "")).BeginParagraph().TermLinks(text, linked);
        var markdown = page.ToString();
        return markdown[(markdown.IndexOf("---\n\n", 3, StringComparison.Ordinal) + 5)..];
    }

    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create()).Trim();

    [Fact]
    public void Linked_term_becomes_a_term_link_with_attributes()
    {
        var text = "世界模型和AGI";
        var markdown = Write(text, Sample.FindMatches(text));
        Assert.Equal("[世界模型](/glossary/world-model/){.term data-term=\"world-model\"}和[AGI](/glossary/agi/){.term data-term=\"agi\"}", markdown);
        Assert.Equal(
            "<p><a href=\"/glossary/world-model/\" class=\"term\" data-term=\"world-model\">世界模型</a>和<a href=\"/glossary/agi/\" class=\"term\" data-term=\"agi\">AGI</a></p>",
            Html(markdown));
    }

    [Fact]
    public void Literal_text_around_links_stays_literal()
    {
        var text = "*不是强调* <b>AGI</b> [x](y) {.evil} & 1. `code` _模型_ # ~~del~~ ^sup^ ==mark==";
        var html = Html(Write(text, Sample.FindMatches(text)));
        Assert.Equal(
            "<p>*不是强调* &lt;b&gt;<a href=\"/glossary/agi/\" class=\"term\" data-term=\"agi\">AGI</a>&lt;/b&gt; [x](y) {.evil} &amp; 1. `code` _<a href=\"/glossary/model/\" class=\"term\" data-term=\"model\">模型</a>_ # ~~del~~ ^sup^ ==mark==</p>",
            html);
    }

    [Fact]
    public void Spaces_around_links_are_kept() =>
        Assert.Equal("用 [AGI](/glossary/agi/){.term data-term=\"agi\"} 做", Write("用 AGI 做", Sample.FindMatches("用 AGI 做")));

    [Theory]
    [InlineData("# 不是标题")]
    [InlineData("1. 不是列表")]
    [InlineData("- 不是列表")]
    [InlineData("> 不是引用")]
    [InlineData("    不是代码")]
    [InlineData("::: 不是容器")]
    public void Block_markers_at_the_start_stay_text(string text) =>
        Assert.StartsWith("<p>", Html(Write(text, [])), StringComparison.Ordinal);

    [Fact]
    public void Stale_or_overlapping_matches_are_skipped_not_thrown() =>
        Assert.Equal(
            "[模型](/glossary/model/){.term data-term=\"model\"}",
            Write("模型", [new TermMatch(0, 2, "model"), new TermMatch(1, 1, "x"), new TermMatch(1, 5, "y")]));

    private static readonly string[][] Page =
    [
        ["世界模型与模型", "世界模型"],
        ["模型和世界模型"],
    ];

    private static string[][] Linked(TermLinkDensity density) =>
        [.. TermLinkPlanner.PlanPage(Sample, Page, density)
            .SelectMany((turn, t) => turn.Select((paragraph, p) => $"{t}.{p}:" + string.Join(",", paragraph.Select(m => m.TermId))))
            .Select(line => new[] { line })];

    [Fact]
    public void First_per_turn_links_each_term_once_per_turn() =>
        Assert.Equal([["0.0:world-model,model"], ["0.1:"], ["1.0:model,world-model"]], Linked(TermLinkDensity.FirstPerTurn));

    [Fact]
    public void First_per_page_links_each_term_once_per_page() =>
        Assert.Equal([["0.0:world-model,model"], ["0.1:"], ["1.0:"]], Linked(TermLinkDensity.FirstPerPage));

    [Fact]
    public void Every_links_every_mention() =>
        Assert.Equal([["0.0:world-model,model"], ["0.1:world-model"], ["1.0:model,world-model"]], Linked(TermLinkDensity.Every));
}
