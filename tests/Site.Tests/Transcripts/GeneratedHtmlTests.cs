using System.Collections.Concurrent;
using System.Text;
using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Markdown;
using Site.Pipelines;
using Site.Tests.Support;
using Site.Theming;
using Site.Transcripts;
using Site.Urls;

namespace Site.Tests.Transcripts;

/// <summary>
/// Transcript pages get their HTML from <see cref="PageMarkdown"/>, written with their Markdown instead of parsed
/// back from it. These tests hold it to its promise: for every generated page, the HTML is exactly what Markdig
/// renders from the published Markdown (with the pipeline <see cref="MarkdownPipelineFactory.CreateForGeneratedPages"/>
/// and root-relative links given the base path, as for hand-written pages), byte for byte.
/// </summary>
public sealed class GeneratedHtmlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sora-panel/")]
    public void Sora_pages_are_what_Markdig_renders_from_their_Markdown(string basePath)
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("input");
        folder.Write("input/site.yml", File.ReadAllText(folder.Combine("input", "site.yml")) + $"\nbase_path: {basePath}\n");

        var checkedPages = AssertHtmlMatchesMarkdig(folder);

        Assert.True(checkedPages >= 10, $"only {checkedPages} pages were generated");
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hostile_transcripts_render_as_Markdig_renders_their_Markdown(int seed)
    {
        using var folder = new TempFolder();
        folder.Write("input/glossary.yml", File.ReadAllText(Path.Combine(Repository.Root, "input", "glossary.yml")));
        folder.Write("input/site.yml", "title: Test\nlanguage: zh-CN\nbase_path: /repo/\n");
        for (var index = 0; index < 4; index++)
        {
            folder.Write($"input/transcripts/t{index}.txt", HostileTranscript(new Random((seed * 100) + index)));
        }

        var checkedPages = AssertHtmlMatchesMarkdig(folder);

        Assert.True(checkedPages >= 4 * 3, $"only {checkedPages} pages were generated");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Timed_transcripts_render_as_Markdig_renders_their_Markdown(int seed, bool words)
    {
        using var folder = new TempFolder();
        folder.Write("input/glossary.yml", File.ReadAllText(Path.Combine(Repository.Root, "input", "glossary.yml")));
        folder.Write("input/site.yml", "title: Test\nlanguage: zh-CN\nbase_path: /repo/\n");
        for (var index = 0; index < 2; index++)
        {
            folder.Write($"input/transcripts/t{index}.txt", HostileTranscript(new Random((seed * 100) + index)));
        }

        var checkedPages = AssertHtmlMatchesMarkdig(folder, new Timed.TimeTurns(step: 3599.75, offset: 0.125, media: "https://example.com/a \"b\" & <c>.mp3", words: words));

        Assert.True(checkedPages >= 2 * 3, $"only {checkedPages} pages were generated");
    }

    [Fact]
    public void Markup_in_transcript_text_stays_text_in_the_written_html()
    {
        var page = new PageMarkdown(new UrlHelper("/", ""))
            .Paragraph("  <script>alert(1)</script> & \"q\" *x* [a](b)\0 ")
            .BeginList(ordered: true).Item().Text("1. <b>", blockStart: true).EndList();

        Assert.Equal(
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; *x* [a](b)\uFFFD</p>\n<ol>\n<li>1. &lt;b&gt;</li>\n</ol>\n",
            page.Html);
    }

    [Theory]
    [InlineData("/词语/")]
    [InlineData("/a%20b/")]
    [InlineData("/x/?q=1&r=2")]
    [InlineData("/é/#章节")]
    [InlineData("/emoji/🎬/")]
    [InlineData("#s01-t02")]
    public void Links_are_escaped_as_Markdig_escapes_them(string url)
    {
        foreach (var basePath in new[] { "/", "/repo/" })
        {
            var urls = new UrlHelper(basePath, "");
            var page = new PageMarkdown(urls).Field("title", "t").BeginParagraph().Link("text", url, "speaker").EndParagraph();
            var markdown = page.ToString();
            var expected = RewriteRootRelativeUrls.Rewrite(Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.CreateForGeneratedPages()), urls);
            Assert.Equal(expected, page.Html);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("say \"hi\" now")]
    [InlineData("it's")]
    [InlineData("both \" and '")]
    [InlineData("a & <b> } {#x}")]
    [InlineData("本段发言的“固定”链接")]
    public void Attribute_values_render_as_Markdig_renders_them(string value)
    {
        var urls = new UrlHelper("/", "");
        var page = new PageMarkdown(urls)
            .Field("title", "t")
            .BeginContainer("turn", "s01-t01", ("data-note", value))
            .BeginParagraph().Link("#", "#s01-t01", "permalink", ("title", value)).EndParagraph()
            .EndContainer();

        var expected = Markdig.Markdown.ToHtml(page.ToString(), MarkdownPipelineFactory.CreateForGeneratedPages());

        Assert.Equal(expected, page.Html);
        // Kept as written, but for a value with both kinds of quotes, whose double quotes become single ones.
        var kept = value.Contains('"') && value.Contains('\'') ? value.Replace('"', '\'') : value;
        var escaped = kept.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
        Assert.Contains($" class=\"permalink\" title=\"{escaped}\">", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Runs the transcript pipeline up to its Markdown step and compares every page; returns how many.</summary>
    private static int AssertHtmlMatchesMarkdig(TempFolder folder, IModule? afterParse = null)
    {
        var paths = new BuildPaths(folder.Combine("input"), Path.Combine(Repository.Root, "theme"), folder.Combine("output"), folder.Combine("staging"));
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(paths.Input, ThemeFiles.Display(paths.Input), diagnostics);
        var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var pipelines = SitePipelines.Create(paths, theme);
        var capture = new Capture();
        foreach (var pipeline in pipelines)
        {
            var parse = pipeline.Process.FindIndex(module => module is ParseTranscript);
            if (parse >= 0 && afterParse is not null)
            {
                pipeline.Process.Insert(parse + 1, afterParse);
            }

            // Transcript pages and person pages are both written in PostProcess, with their Markdown.
            var written = pipeline.PostProcess.FindLastIndex(module => module is WriteTranscriptMarkdown or Site.People.WritePersonPages);
            if (written >= 0)
            {
                pipeline.PostProcess.RemoveRange(written + 1, pipeline.PostProcess.Count - written - 1);
                pipeline.PostProcess.Add(capture);
            }

            pipeline.Output.Clear();
        }

        new Engine(pipelines).RunAsync(new BuildContext(diagnostics)).GetAwaiter().GetResult();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));

        var markdig = MarkdownPipelineFactory.CreateForGeneratedPages();
        var pages = capture.Documents.Where(document => document.Get<bool>(MetadataKeys.IsPage)).ToList();
        foreach (var page in pages)
        {
            var markdown = page.Get<string>(MetadataKeys.MarkdownSource)!;
            var expected = RewriteRootRelativeUrls.Rewrite(Markdig.Markdown.ToHtml(markdown, markdig), theme.Urls);
            if (expected != page.Content)
            {
                var at = expected.AsSpan().CommonPrefixLength(page.Content);
                var from = Math.Max(0, at - 200);
                Assert.Fail(
                    $"{page.Destination}: the HTML differs from Markdig's at {at}\n--- Markdig\n{expected[from..Math.Min(expected.Length, at + 200)]}\n" +
                    $"--- written\n{page.Content[from..Math.Min(page.Content.Length, at + 200)]}\n--- Markdown\n{markdown}");
            }
        }

        return pages.Count;
    }

    // Everything Markdown, our extensions or HTML could take for markup, blanks of every kind, and glossary terms
    // (so that term links sit next to all of it).
    private static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "<b>粗</b>", "<!--", "-->", "&amp;", "&", "&#x41;", "\"引号\"", "'", "*星*", "**粗**",
        "_下划线_", "__x__", "`code`", "~~del~~", "==mark==", "^sup^", "~sub~", "$x$", "|a|b|", "[a](javascript:alert(1))",
        "![img](x.png)", "[^1]", "{.evil}", "{#id}", "{data-x=1}", ":::", "::: turn", "\\", "\\\\", "\\*", "1.", "2)", "#", "##",
        "-", "+", ">", "---", "***", "___", "=", "!", "%", "http://example.com", "www.example.com", "a@b.c", "{{ page.title }}",
        "    ", "\t", "  ", "\u3000", "\u00A0", "\u200B", "🎬", "Ｋｅｖｉｎ", "世界模型", "扩散模型", "AGI", "Transformer",
        "规模定律", "对齐", "Sora", "模型", "好的", "我们", "。", "，", "：", ":", "（", "）", "(", ")", "[", "]", "0", "12",
    ];

    private static string Words(Random random, int count)
    {
        var text = new StringBuilder();
        for (var index = 0; index < count; index++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>A transcript in the documented format (guests, highlights, sections, turns) full of hostile text.</summary>
    private static string HostileTranscript(Random random)
    {
        var text = new StringBuilder();
        text.Append('第').Append(random.Next(1, 99)).Append("期 ").AppendLine(Words(random, 4));
        text.AppendLine(Words(random, 8));
        text.AppendLine("丨嘉宾");
        text.Append("① 张三(Ann) ").AppendLine(Words(random, 5));
        text.Append("② 李四(Bob)").AppendLine(random.Next(2) == 0 ? "" : " " + Words(random, 3));
        text.Append("主持人(").Append(Words(random, 1).Replace(")", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal)).Append("):王五 ").AppendLine(Words(random, 4));
        text.AppendLine("丨划重点");
        for (var index = 1; index <= 3; index++)
        {
            text.Append(index).Append(". ").AppendLine(Words(random, 6));
        }

        string[] speakers = ["张三", "李四", "王五", "Ann", "Bob", "主持人"];
        for (var section = 1; section <= 3; section++)
        {
            text.Append('0').Append(section).Append(' ').AppendLine(Words(random, 3).Replace("\n", "", StringComparison.Ordinal));
            if (random.Next(3) == 0)
            {
                text.AppendLine(Words(random, 6)); // a narrator's introduction
            }

            for (var turn = 0; turn < 4; turn++)
            {
                text.Append(speakers[random.Next(speakers.Length)]).Append(random.Next(2) == 0 ? "：" : ": ").AppendLine(Words(random, 10));
                for (var more = random.Next(3); more > 0; more--)
                {
                    text.AppendLine(Words(random, 8));
                }
            }
        }

        return text.ToString();
    }

    private sealed class Capture : IModule
    {
        private readonly ConcurrentQueue<Document> _documents = new();

        public IReadOnlyList<Document> Documents => [.. _documents];

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            foreach (var document in inputs)
            {
                _documents.Enqueue(document);
            }

            return Task.FromResult<IReadOnlyList<Document>>([]);
        }
    }
}
