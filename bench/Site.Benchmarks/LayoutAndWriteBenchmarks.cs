using BenchmarkDotNet.Attributes;
using Site.Building;
using Site.Diagnostics;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Pipelines;

namespace Site.Benchmarks;

/// <summary>
/// The end of a build: Site's real pages of the benchmark input (transcript, glossary and 404 pages, already
/// rendered to HTML by Site's own pipelines in the setup, see <see cref="PagesBeforeLayout"/>) go through the real
/// engine's PostProcess and Output phases with each pipeline's own modules: <see cref="ApplyLayout"/> with the
/// repository's theme and the site's navigation, then (second benchmark) <see cref="WriteFiles"/>, which writes the
/// HTML pages and their Markdown copies and scans each page for links. The files are overwritten in one scratch
/// folder on each invocation.
/// </summary>
[MemoryDiagnoser]
public class LayoutAndWriteBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private string _scratch = string.Empty;
    private IReadOnlyList<PipelineBeforeLayout> _pipelines = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        _scratch = Corpus.ScratchFolder("layout");
        _pipelines = PagesBeforeLayout.Make(corpus, new BuildPaths(corpus.InputFolder, corpus.ThemeFolder, _scratch, _scratch));

        // Precondition: the whole chain runs cleanly and writes every page once.
        if (LayoutAndWrite().GetAwaiter().GetResult() == 0)
        {
            throw new InvalidOperationException("no page was written");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => OutputFolder.TryDelete(_scratch);

    [Benchmark]
    public Task<int> Layout() => RunAsync(write: false);

    [Benchmark]
    public Task<int> LayoutAndWrite() => RunAsync(write: true);

    private async Task<int> RunAsync(bool write)
    {
        var pipelines = _pipelines.Select(stage =>
        {
            var pipeline = new Pipeline(stage.Name) { Input = { new ProvideDocuments(stage.Documents) } };
            pipeline.PostProcess.AddRange(stage.Layout);
            if (write)
            {
                pipeline.Output.AddRange(stage.Output);
            }

            return pipeline;
        });
        var build = new BuildContext(new DiagnosticBag());
        await new Engine(pipelines).RunAsync(build);
        if (build.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, build.Diagnostics.ToSortedList()));
        }

        return build.PagesWritten;
    }
}
