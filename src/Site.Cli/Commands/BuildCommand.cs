using Site.Building;
using Site.Diagnostics;
using Site.Installation;
using Site.Search;

namespace Site.Cli.Commands;

/// <summary><c>site build</c>: builds the site from the input and theme folders into the output folder.</summary>
public static class BuildCommand
{
    public const string Help = """
        Usage: site build [options]

        Builds the site from the input and theme folders into the output folder. The previous output is replaced
        only when the build succeeds.

        Options:
          --input <dir>      content folder (default: input)
          --theme <dir>      theme folder (default: theme); its files replace the built-in theme's files at the
                             same path, and without a theme/ folder the built-in theme is used as it is
          --output <dir>     output folder (default: output); an existing folder is replaced only if a build
                             of this tool wrote it (it holds .site-output, or only files the build writes)
          --force            replace the output folder even if it holds files the build did not write
                             (they are deleted); the input, theme, home folder and repository roots stay refused
          --base-url <url>   published URL or path, e.g. https://owner.github.io/repo/ or /repo/ (overrides site.yml)
          --strict           treat broken links as errors
          --no-search        do not build the search index (Pagefind; installing it once needs npm)
          --quiet            print only diagnostics and the summary line
          --profile          also print the time and memory each module used, and the collector's figures
          --verbose          show the stack trace of an internal error
          -h, --help         show this help
        """;

    public static readonly string[] ValueOptions = ["input", "theme", "output", "base-url"];
    public static readonly string[] FlagOptions = ["strict", "quiet", "no-search", "profile", "force"];

    /// <param name="progress">Where the build says what takes long (installing Pagefind the first time); stderr.</param>
    public static BuildOptions ReadOptions(Arguments arguments, TextWriter? progress = null) => new()
    {
        Input = arguments.Value("input", "input"),
        Theme = ThemeFolder(arguments.Value("theme"), ToolFiles.BuiltInTheme),
        BuiltInTheme = ToolFiles.BuiltInTheme,
        Output = arguments.Value("output", "output"),
        BaseUrl = arguments.Value("base-url"),
        Strict = arguments.Has("strict"),
        Force = arguments.Has("force"),
        Search = arguments.Has("no-search") ? null : new SearchOptions { Progress = progress is null ? null : progress.WriteLine },
    };

    /// <summary>
    /// The theme folder a build layers over the built-in theme: the one given, else <c>theme</c> of the site folder;
    /// without either, the built-in theme itself. A folder given that does not exist stays an error of the build.
    /// </summary>
    public static string ThemeFolder(string? given, string? builtInTheme) =>
        given ?? (Directory.Exists("theme") || builtInTheme is null ? "theme" : builtInTheme);

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = ReadOptions(arguments, error);
        var quiet = arguments.Has("quiet");
        if (!quiet)
        {
            error.WriteLine($"Building {options.Input}/ -> {options.Output}/ ...");
        }

        var withoutCollections = SmallSite.TryBuildWithoutCollections(options.Input);
        var result = await SiteBuilder.BuildAsync(options, cancellationToken);
        SmallSite.EndBuildWithoutCollections(withoutCollections);
        Report(result, output, error, quiet, arguments.Has("profile"));
        return result.Succeeded ? 0 : 1;
    }

    public static void Report(BuildResult result, TextWriter output, TextWriter error, bool quiet, bool profile = false)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            (diagnostic.Severity == Severity.Error ? error : output).WriteLine(diagnostic.ToString());
        }

        if (!quiet && result.Report is { } report)
        {
            output.Write(report.FormatTable());
            if (profile)
            {
                foreach (var (module, time, allocated) in report.ModuleCosts)
                {
                    output.WriteLine($"  {module,-45} {time.TotalMilliseconds,8:0} ms {allocated / 1048576.0,8:0.0} MiB");
                }

                // Module times include the pauses of the collector, which stops every thread: shown apart.
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                output.WriteLine(
                    $"GC: {GC.CollectionCount(0)} collections (gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), " +
                    $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, heap {gc.HeapSizeBytes / 1048576} MiB after the last, " +
                    $"committed {gc.TotalCommittedBytes / 1048576} MiB, allocated {GC.GetTotalAllocatedBytes() / 1048576} MiB, " +
                    $"peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
            }

            if (result.Steps.Count > 0)
            {
                output.WriteLine("steps: " + string.Join(", ", result.Steps.Select(step => $"{step.Step} {step.Time.TotalMilliseconds:0} ms")));
            }
        }

        if (!quiet && result.Search is { } search)
        {
            output.WriteLine($"Search index: {search.Pages} pages and {search.Turns} turns in {search.Elapsed.TotalSeconds:0.00} s (Pagefind)");
        }

        var outcome = result.Succeeded ? "Build succeeded" : "Build FAILED (the previous output was left as it was)";
        output.WriteLine(
            $"{outcome}: {result.PagesWritten} pages{Reused(result)}, {result.FilesWritten} files, {result.WarningCount} warnings, {result.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s");
    }

    private static string Reused(BuildResult result) => result.PagesReused > 0 ? $" ({result.PagesReused} unchanged, copied)" : string.Empty;
}
