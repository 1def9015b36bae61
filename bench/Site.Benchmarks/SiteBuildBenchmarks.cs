using BenchmarkDotNet.Attributes;
using Site.Building;

namespace Site.Benchmarks;

/// <summary>
/// A whole build of the benchmark input in process (<see cref="SiteBuilder.BuildAsync"/>), JIT-compiled and warm:
/// bench/run.sh times the same build as a cold Native AOT process. The output folder is removed before each
/// iteration, so every build writes a fresh tree.
/// </summary>
/// <remarks>TODO(issue 8): on main this builds only the Markdown pages and assets; it grows on its own as
/// transcript pages, glossary pages and speaker pages land.</remarks>
[MemoryDiagnoser]
public class SiteBuildBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        var output = Path.Combine(Path.GetTempPath(), $"site-bench-build-{Environment.ProcessId}", "public");
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
