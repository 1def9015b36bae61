using BenchmarkDotNet.Attributes;
using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Markdown;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.Pipelines;
using Site.Theming;

namespace Site.Benchmarks;

/// <summary>
/// Runs the PostProcess and Output phases of the real engine over every page of the corpus, already rendered to
/// HTML: <see cref="ApplyLayout"/> with the repository's theme, then (second benchmark) <see cref="WriteFiles"/>.
/// The files are overwritten in one scratch folder on each invocation.
/// </summary>
/// <remarks>TODO(issue 8): the pages carry a URL and a title only; once transcript pages exist, take their
/// metadata (navigation entry, transcript model) from the real Process output so the layouts do their full work.</remarks>
[MemoryDiagnoser]
public class LayoutAndWriteBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private Theme _theme = null!;
    private BuildPaths _paths = null!;
    private IReadOnlyList<Document> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(corpus.InputFolder);
        var settings = SiteSettings.Load(input, ThemeFiles.Display(input), diagnostics);
        _theme = new Theme(settings, new ThemeFiles(input, Path.GetFullPath(corpus.ThemeFolder)), diagnostics);
        var scratch = Directory.CreateTempSubdirectory("site-bench-layout-").FullName;
        _paths = new BuildPaths(input, corpus.ThemeFolder, scratch, scratch);
        var markdown = MarkdownPipelineFactory.Create();
        _pages = corpus.Pages
            .Select(page => new Document
            {
                Source = "hugo/content" + page.Url,
                Destination = AssignPageUrls.DestinationOf(page.Url),
                Content = Markdig.Markdown.ToHtml(page.Markdown, markdown),
            }
            .WithMetadata(MetadataKeys.Url, page.Url)
            .WithMetadata(MetadataKeys.Title, page.Title)
            .WithMetadata(MetadataKeys.IsPage, true))
            .ToList();
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.ToSortedList()));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => OutputFolder.TryDelete(_paths.Staging);

    [Benchmark]
    public Task<int> Layout() => RunAsync(write: false);

    [Benchmark]
    public Task<int> LayoutAndWrite() => RunAsync(write: true);

    private async Task<int> RunAsync(bool write)
    {
        var pipeline = new Pipeline("Pages")
        {
            Input = { new ProvideDocuments(_pages) },
            PostProcess = { new ApplyLayout(_theme) },
        };
        if (write)
        {
            pipeline.Output.Add(new WriteFiles(_paths));
        }

        var build = new BuildContext(new DiagnosticBag());
        await new Engine([pipeline]).RunAsync(build);
        if (build.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, build.Diagnostics.ToSortedList()));
        }

        return build.PagesWritten;
    }
}
