using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Glossary;
using Site.Markdown;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Tests.Glossary;

/// <summary>The glossary pipeline run by the engine after a stub "Transcripts" pipeline that hands over one transcript.</summary>
public sealed class GlossaryPipelineTests : IDisposable
{
    private const string GlossaryYaml = """
        - id: world-model
          zh: 世界模型
          en: World Model
          aliases: [世界模型, 物理世界模型]
          category: 世界模型与通用智能
          short: 对世界如何运作的内部表征。
          definition: 定义。
          related: [agi]
        - id: agi
          zh: 通用人工智能
          en: AGI
          category: 世界模型与通用智能
          short: 通用的智能。
          definition: 定义。
        - id: moat
          zh: 护城河
          en: Moat
          short: 壁垒。
          definition: 定义。
        """;

    private static readonly Transcript Panel = new(
        "panel", "input/transcripts/panel.txt", "圆桌", null, null, null, [],
        [new Speaker("鲁为民", "lu", [], null, "", false, 3), new Speaker("Ethan", "ethan", [], null, "", false, 4)],
        [],
        [
            new Section(1, "Sora 为什么强", "s01", 10,
            [
                new Turn("s01-t01", "lu", 11, [new Paragraph("它在构建物理世界模型。世界模型<b>很重要</b>，AGI也是。", 11)]),
                new Turn("s01-t02", "ethan", 13, [new Paragraph("我不同意世界模型的说法。", 13)]),
            ]),
            new Section(2, "创业", "s02", 20, [new Turn("s02-t01", "lu", 21, [new Paragraph("世界模型还远。", 21)])]),
        ]);

    private readonly string _root = Directory.CreateTempSubdirectory("glossary-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(DiagnosticBag Diagnostics, string Staging)> BuildAsync()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root, "input")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, GlossaryLoader.FileName), GlossaryYaml);
        var staging = Directory.CreateDirectory(Path.Combine(_root, "staging")).FullName;
        var paths = new BuildPaths(input, Path.Combine(TestGlossary.RepoRoot, "theme"), Path.Combine(_root, "output"), staging);
        var diagnostics = new DiagnosticBag();
        var theme = new Theme(new SiteSettings { Language = "zh-CN" }, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var transcripts = new Pipeline("Transcripts") { Process = { new HandOver(Panel) } };
        var engine = new Engine([transcripts, GlossaryPipeline.Create(paths, theme, MarkdownPipelineFactory.Create(), "Transcripts")]);
        await engine.RunAsync(new BuildContext(diagnostics));
        return (diagnostics, staging);
    }

    [Fact]
    public async Task Term_page_lists_mentions_by_section_with_counts_and_escaped_snippets()
    {
        var (diagnostics, staging) = await BuildAsync();
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.IsError);
        var markdown = await File.ReadAllTextAsync(Path.Combine(staging, "md", "glossary", "world-model.md"));
        Assert.Contains("共 4 处: 鲁为民 ×3, Ethan ×1", markdown, StringComparison.Ordinal);
        Assert.Contains("### Sora 为什么强", markdown, StringComparison.Ordinal);
        Assert.Contains("### 创业", markdown, StringComparison.Ordinal);
        Assert.Contains("- **鲁为民**: 它在构建<mark>物理世界模型</mark>。 [在上下文中阅读](/panel/s01/#s01-t01)", markdown, StringComparison.Ordinal);
        Assert.Contains("- **鲁为民**: <mark>世界模型</mark>\\<b\\>很重要\\</b\\>，AGI也是。 [在上下文中阅读](/panel/s01/#s01-t01)", markdown, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(staging, "glossary", "world-model", "index.html"));
        Assert.Contains("<mark>世界模型</mark>&lt;b&gt;很重要&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/panel/s02/#s02-t01\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unused_term_is_a_warning_at_its_line()
    {
        var (diagnostics, _) = await BuildAsync();
        var warning = Assert.Single(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.UnusedTerm);
        Assert.Equal((Severity.Warning, 15), (warning.Severity, warning.Line));
        Assert.Contains("'moat'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_and_terms_json_are_written()
    {
        var (_, staging) = await BuildAsync();
        var index = await File.ReadAllTextAsync(Path.Combine(staging, "glossary", "index.html"));
        Assert.Contains("<h3 id=\"world-model\">世界模型</h3>", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("id=\"moat\"", StringComparison.Ordinal) < index.IndexOf("id=\"agi\"", StringComparison.Ordinal), "护 (hu) sorts before 通 (tong)");
        var json = await File.ReadAllTextAsync(Path.Combine(staging, "glossary", "terms.json"));
        Assert.Contains("\"agi\":{\"zh\":\"通用人工智能\",\"en\":\"AGI\",\"short\":\"通用的智能。\",\"url\":\"/glossary/agi/\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_terms_by_speaker_counts_each_mention()
    {
        var glossary = GlossaryLoader.Parse(GlossaryYaml, "glossary.yml", new DiagnosticBag());
        var top = GlossaryUsage.Collect(glossary, [Panel]).TopTermsOf(glossary, Panel, "lu");
        Assert.Equal([("world-model", 3), ("agi", 1)], top.Select(t => (t.Term.Id, t.Count)));
    }

    [Theory]
    [InlineData("通用人工智能", 'T')]
    [InlineData("护城河", 'H')]
    [InlineData("幻觉", 'H')]
    [InlineData("算力", 'S')]
    [InlineData("涌现", 'Y')]
    [InlineData("Transformer", 'T')]
    [InlineData("阿", 'A')]
    [InlineData("1", '#')]
    public void Letter_is_the_pinyin_initial(string name, char letter) => Assert.Equal(letter, ChineseOrder.LetterOf(name));

    [Fact]
    public void Pinyin_order_is_ICUs_zh_CN_collation_without_ICU()
    {
        // The test host has ICU: the embedded ranks must give the order ICU gives, names of every kind mixed.
        string[] names =
        [
            "扩散模型", "世界模型", "对齐", "缩放定律", "通用人工智能", "Transformer", "AGI", "agi 对齐", "何宜晖", "How在硅谷",
            "鲁为民", "Ethan", "Shaun", "多模态", "大语言模型", "Diffusion Model", "V-JEPA", "3D 生成", "token", "Token化",
            "阿", "八", "吖", "长", "重", "行", "数据飞轮", "Sora", "视频生成", "!注", "α 测试", "é",
        ];
        var icu = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), System.Globalization.CompareOptions.IgnoreCase);
        var expected = names.Order(icu).ToList();
        var actual = names.Order(ChineseOrder.Comparer).ToList();
        Assert.Equal(expected, actual);
    }

    private sealed class HandOver(Transcript transcript) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([new Document { Source = transcript.SourcePath }.WithMetadata(MetadataKeys.Transcript, transcript)]);
    }
}
