using BenchmarkDotNet.Attributes;
using Markdig;
using Site.Building;
using Site.Glossary;
using Site.Markdown;
using Site.Yaml;

namespace Site.Benchmarks;

/// <summary>
/// Renders the Markdown Site itself writes for the benchmark input with Site's Markdig pipelines, as the build's
/// <c>RenderMarkdown</c> modules do (the base path is <c>/</c>, so they add nothing after Markdig). The setup runs one
/// real build (<see cref="SiteBuilder.BuildAsync"/>, no search index) into a scratch folder and reads back the
/// Markdown copies it publishes under <c>md/</c>, which are the very text its pages were rendered from:
/// <list type="bullet">
/// <item><see cref="TranscriptPages"/>: every page made from the transcripts (overviews, section pages, speaker
/// pages, the sections and speakers indexes, the home page), YAML front matter first, rendered whole with
/// <c>MarkdownPipelineFactory.CreateForGeneratedPages()</c>, which skips the front matter.</item>
/// <item><see cref="GlossaryPages"/>: the glossary index and term pages (<c>md/glossary/</c>), whose front matter the
/// build splits off before rendering the body with <c>MarkdownPipelineFactory.Create()</c>.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class MarkdownRenderingBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private MarkdownPipeline _transcriptPipeline = null!;
    private MarkdownPipeline _pagePipeline = null!;
    private IReadOnlyList<string> _transcriptPages = [];
    private IReadOnlyList<string> _glossaryPages = [];

    [GlobalSetup]
    public void Setup()
    {
        _transcriptPipeline = MarkdownPipelineFactory.CreateForGeneratedPages();
        _pagePipeline = MarkdownPipelineFactory.Create();
        var corpus = Corpus.Load();
        var scratch = Corpus.ScratchFolder("markdown");
        try
        {
            var output = Path.Combine(scratch, "public");
            var result = SiteBuilder.BuildAsync(new BuildOptions { Input = corpus.InputFolder, Theme = corpus.ThemeFolder, Output = output })
                .GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
            }

            var copies = Path.Combine(output, "md");
            var glossaryFolder = Path.Combine(output, GenerateGlossaryPages.MarkdownFolder);
            var files = Directory.GetFiles(copies, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            _transcriptPages = files
                .Where(path => !path.StartsWith(glossaryFolder, StringComparison.Ordinal))
                .Select(File.ReadAllText)
                .ToList();
            _glossaryPages = files
                .Where(path => path.StartsWith(glossaryFolder, StringComparison.Ordinal))
                .Select(path => FrontMatter.Extract(File.ReadAllText(path)).Body)
                .ToList();
        }
        finally
        {
            OutputFolder.TryDelete(scratch);
        }

        // Preconditions: the build made transcript pages (front matter first) and glossary pages.
        if (_transcriptPages.Count < corpus.Transcripts.Count || !_transcriptPages.All(page => page.StartsWith("---\n", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"the build published {_transcriptPages.Count} transcript pages for {corpus.Transcripts.Count} transcripts, or one without front matter");
        }

        if (_glossaryPages.Count == 0)
        {
            throw new InvalidOperationException("the build published no glossary pages");
        }
    }

    [Benchmark]
    public long TranscriptPages() => RenderAll(_transcriptPages, _transcriptPipeline);

    [Benchmark]
    public long GlossaryPages() => RenderAll(_glossaryPages, _pagePipeline);

    private static long RenderAll(IReadOnlyList<string> pages, MarkdownPipeline pipeline)
    {
        long length = 0;
        foreach (var page in pages)
        {
            length += Markdig.Markdown.ToHtml(page, pipeline).Length;
        }

        return length;
    }
}
