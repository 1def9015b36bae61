using System.Diagnostics;
using Site.Configuration;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Publishing;
using Site.Search;
using Site.Theming;

namespace Site.Building;

/// <summary>Builds a site: settings, theme, pipelines, engine, then the swap of the output folder.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        foreach (var (name, folder) in new[] { ("input", options.Input), ("theme", options.Theme) })
        {
            if (!Directory.Exists(folder))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingFolder, folder, 0, 0, $"the {name} folder does not exist"));
            }
        }

        if (OutputFolder.Check(options.Output, options.Input, options.Theme) is { } unsafeOutput)
        {
            diagnostics.Add(unsafeOutput);
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed, null);
        }

        // Scriban builds its table of built-in functions on first use (about 6 ms): done on the other core while the
        // transcripts are read and parsed, so that the first page to be laid out does not wait for it.
        _ = Task.Run(ThemeTemplates.WarmUp, cancellationToken);

        // Before settings, strings or templates are read (see Fingerprints.OfSharedFiles).
        var builtInTheme = options.BuiltInTheme is { } builtIn ? Path.GetFullPath(builtIn) : null;
        options.Cache?.Begin(Fingerprints.OfSharedFiles(Path.GetFullPath(options.Input), [Path.GetFullPath(options.Theme), .. builtInTheme is null ? [] : new[] { builtInTheme }]));
        var settings = SiteSettings.Load(options.Input, ThemeFiles.Display(Path.GetFullPath(options.Input)), diagnostics);
        if (options.BaseUrl is { Length: > 0 } baseUrl)
        {
            if (SiteSettings.BaseUrlProblem(baseUrl) is { } problem)
            {
                var code = Urls.SafeUrl.Problem(baseUrl) is null ? DiagnosticCodes.InvalidValue : DiagnosticCodes.UnsafeUrl;
                diagnostics.Add(Diagnostic.Error(code, "--base-url", 0, 0, problem));
                return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed, null);
            }

            settings = settings.WithBaseUrl(baseUrl);
        }

        LeftoverFolders.RemoveBeside(options.Output);
        if (OutputFolder.CreateStaging(options.Output, diagnostics) is not { } staging)
        {
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed, null);
        }

        var paths = new BuildPaths(Path.GetFullPath(options.Input), Path.GetFullPath(options.Theme), Path.GetFullPath(options.Output), staging) { BuiltInTheme = builtInTheme };

        // Pagefind is found (or installed) before the build starts: without it the build stops before any work.
        SearchFeed? searchFeed = null;
        if (options.Search is { AfterSwap: false } streamed)
        {
            searchFeed = await IndexSite.StartAsync(streamed, staging, settings.Language, streaming: false, diagnostics, cancellationToken);
            if (searchFeed is null)
            {
                OutputFolder.TryDelete(staging);
                return new BuildResult(diagnostics.ToSortedList(), 0, 0, clock.Elapsed, null);
            }
        }

        var build = new BuildContext(diagnostics, cancellationToken) { RebuildCache = options.Cache, UnsafeMarkup = settings.UnsafeMarkup, Strict = options.Strict, SearchFeed = searchFeed };
        EngineReport? report = null;
        SearchSummary? search = null;
        Task<(SearchSummary?, IReadOnlyList<Diagnostic>)>? pendingSearch = null;
        CancellationTokenSource? searchCancellation = null;
        var steps = new List<(string Step, TimeSpan Time)>();
        var stepClock = Stopwatch.StartNew();
        void Step(string name)
        {
            steps.Add((name, stepClock.Elapsed));
            stepClock.Restart();
        }

        try
        {
            var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme, paths.BuiltInTheme), diagnostics);
            var engine = new Engine(SitePipelines.Create(paths, theme, keepTranscripts: options.Search is not null));
            report = await engine.RunAsync(build);
            Step("pipelines");
            if (!diagnostics.HasErrors && searchFeed is not null)
            {
                // In the staging folder: the index describes exactly the pages it is swapped in with.
                search = await IndexSite.FinishAsync(searchFeed, paths, report, diagnostics, cancellationToken);
                Step("search index");
            }

            if (!diagnostics.HasErrors)
            {
                // Checked in the staging folder, so a strict build with broken links never replaces the output.
                // The build knows every file it wrote, unless the search index added its own: then the folder is listed.
                var written = search is null ? Modules.Output.WriteFiles.Destinations(build).Keys : null;
                diagnostics.AddRange(CheckOutputLinks.Check(paths, theme.Urls, report, options.Strict, Modules.Output.WriteFiles.PageScans(build), written));
                Step("link check");
            }

            if (!diagnostics.HasErrors && !options.Force &&
                OutputOwnership.Check(options.Output, staging, indexesSearch: options.Search is not null) is { } notOwned)
            {
                diagnostics.Add(notOwned);
            }

            if (!diagnostics.HasErrors && options.Search is { AfterSwap: true })
            {
                // Search keeps answering from the last index until the one for these pages replaces it.
                LiveIndex.CarryForward(paths.Output, staging);
            }

            if (!diagnostics.HasErrors && OutputFolder.Swap(staging, paths.Output, deleteLater: options.Cache is not null) is { } swapFailed)
            {
                diagnostics.Add(swapFailed);
                LiveIndex.CarryForward(staging, paths.Output);
            }

            if (!diagnostics.HasErrors)
            {
                options.Cache?.Commit();
                Step("swap");
                if (options.Search is { AfterSwap: true } deferred)
                {
                    // Into the output itself, now that it is in place: nothing else writes there until the next build.
                    var searchDiagnostics = new DiagnosticBag();
                    var (builtTheme, builtReport) = (theme, report);
                    // The pages this build wrote (those it reused are as the kept index saw them).
                    var written = Modules.Output.WriteFiles.RenderedPages(build).Keys.ToList();
                    searchCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    var token = searchCancellation.Token;
                    pendingSearch = Task.Run(async () =>
                    {
                        await using var once = deferred.Live is null ? new LiveIndex() : null;
                        var summary = await (deferred.Live ?? once!).RunAsync(deferred, paths, builtTheme, builtReport, written, searchDiagnostics, token);
                        return (summary, searchDiagnostics.ToSortedList());
                    }, token);
                }
            }
        }
        finally
        {
            if (searchFeed is not null)
            {
                await searchFeed.DisposeAsync();
            }

            OutputFolder.TryDelete(staging);
        }

        return new BuildResult(diagnostics.ToSortedList(), build.PagesWritten, build.FilesWritten, clock.Elapsed, report) { Search = search, Steps = steps, PagesReused = options.Cache?.PagesReused ?? 0, PendingSearch = pendingSearch, PendingSearchCancellation = searchCancellation };
    }
}
