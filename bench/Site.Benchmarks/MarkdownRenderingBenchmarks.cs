using BenchmarkDotNet.Attributes;
using Markdig;
using Site.Markdown;

namespace Site.Benchmarks;

/// <summary>
/// Renders the Markdown of every page of the peers' Hugo site with Site's Markdig pipeline: the same text the
/// peers render (section and speaker pages, glossary links already in it).
/// </summary>
/// <remarks>TODO(issue 8): once transcripts become pages, render the Markdown Site itself produces for them.</remarks>
[MemoryDiagnoser]
public class MarkdownRenderingBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private MarkdownPipeline _pipeline = null!;
    private IReadOnlyList<MarkdownPage> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = MarkdownPipelineFactory.Create();
        _pages = Corpus.Load().Pages;
    }

    [Benchmark]
    public long RenderAll()
    {
        long length = 0;
        foreach (var page in _pages)
        {
            length += Markdig.Markdown.ToHtml(page.Markdown, _pipeline).Length;
        }

        return length;
    }
}
