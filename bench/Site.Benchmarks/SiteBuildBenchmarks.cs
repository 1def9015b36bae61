using BenchmarkDotNet.Attributes;
using Site.Building;

namespace Site.Benchmarks;

/// <summary>
/// A whole build of the benchmark input in process (<see cref="SiteBuilder.BuildAsync"/>), JIT-compiled and warm:
/// transcripts parsed, transcript, speaker and glossary pages written, rendered, laid out and written out, the
/// furniture (404, sitemap, robots.txt) and the link check, without a search index (as bench/run.sh's default
/// <c>--no-search</c>). bench/run.sh times the same build as a cold Native AOT process. The output folder is
/// removed before each iteration, so every build writes a fresh tree.
/// </summary>
[MemoryDiagnoser]
public class SiteBuildBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        var output = Path.Combine(Corpus.ScratchFolder("build"), "public");
        _options = new BuildOptions { Input = corpus.InputFolder, Theme = corpus.ThemeFolder, Output = output };
    }

    [IterationSetup]
    public void RemoveOutput() => OutputFolder.TryDelete(_options.Output);

    [GlobalCleanup]
    public void Cleanup() => OutputFolder.TryDelete(Path.GetDirectoryName(_options.Output)!);

    [Benchmark]
    public async Task<int> BuildAsync()
    {
        var result = await SiteBuilder.BuildAsync(_options);
        return result.Succeeded
            ? result.PagesWritten
            : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }
}
