using System.Diagnostics;
using System.Text.RegularExpressions;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Search;

/// <summary>
/// The last step of a build: indexes the staging folder with the Pagefind binary (its npm package ships it), so the
/// index is swapped in with the pages it describes and a failed index fails the build, leaving the old site in place.
/// Pagefind reads the written pages: each turn is a result of its own through the attributes of the section pages
/// (an id and <c>data-pagefind-title</c> on the turn, <c>data-pagefind-filter</c> for speaker and section), and turns
/// repeated elsewhere (speaker pages) are left out, so every turn is indexed once.
/// </summary>
public static partial class IndexSite
{
    /// <summary>
    /// Furniture, not content, and turns that are not the indexed copy (those on speaker pages carry no
    /// <c>data-pagefind-title</c>). The 404 page is served at any address and would match everything it says.
    /// </summary>
    internal static readonly string[] ExcludeSelectors =
    [
        ".turn:not([data-pagefind-title])",
        ".transcript-nav",
        ".pager",
        ".permalink",
        ".turn-time",
        ".term-popover",
        "[popover]",
        "[role=tooltip]",
        "nav",
        ".page--not-found",
    ];

    public static async Task<SearchSummary?> RunAsync(
        SearchOptions options,
        BuildPaths paths,
        Theme theme,
        EngineReport report,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken,
        string? indexFolder = null)
    {
        if (options.ToolsFolder is not { } tools)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, Installation.ToolFiles.LockFile, 0, 0,
                $"search indexing needs {Installation.ToolFiles.LockFile}, which pins Pagefind and comes with the tool, and it was not found beside the program ({AppContext.BaseDirectory}); reinstall the tool, or build with --no-search"));
            return null;
        }

        if (!await SearchTools.EnsureInstalledAsync(tools, options.Progress, diagnostics, cancellationToken))
        {
            return null;
        }

        if (SearchTools.Binary(tools) is not { } binary)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, Path.Combine(tools, "node_modules", "@pagefind"), 0, 0,
                $"Pagefind is installed in {tools}, but its program for this platform ({SearchTools.Platform}) is missing; delete {Path.Combine(tools, "node_modules")} to install it again, or build with --no-search"));
            return null;
        }

        var clock = Stopwatch.StartNew();
        var run = await ToolProcess.RunAsync(binary, Arguments(paths.Staging, theme.Settings.Language, indexFolder), tools, cancellationToken);
        if (run is null || !run.Succeeded || PagesIndexed(run.Output) is not { } pages)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, binary, 0, 0,
                $"Pagefind could not index the site (exit code {run?.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none: it did not start"}): {run?.Tail()}"));
            return null;
        }

        return new SearchSummary(pages, TurnsOf(report), clock.Elapsed);
    }

    /// <param name="indexFolder">Where the index goes: <c>pagefind/</c> in the site unless given (the dev server writes
    /// it beside the live one, see <see cref="LiveIndex"/>).</param>
    /// <param name="language">The site's language: one index for every page whatever its own <c>lang</c> (a
    /// transcript's <c>language</c>), since the search dialog loads the index of the page it is on and an index per
    /// language would hide an English transcript from a search made on the pages of a zh-CN site.</param>
    internal static IEnumerable<string> Arguments(string site, string language, string? indexFolder = null)
    {
        // Every URL in the index is relative to the site folder; search.js gives Pagefind the base path to put before them.
        yield return "--site";
        yield return site;
        yield return "--output-path";
        yield return indexFolder ?? Path.Combine(site, LiveIndex.Folder);
        yield return "--force-language";
        yield return language.ToLowerInvariant();
        foreach (var selector in ExcludeSelectors)
        {
            yield return "--exclude-selectors";
            yield return selector;
        }
    }

    /// <summary>The pages Pagefind says it indexed (<c>Indexed 925 pages</c>); null when it did not say.</summary>
    internal static int? PagesIndexed(string output) =>
        IndexedPages().Match(output) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static int TurnsOf(EngineReport report) =>
        report.ProcessOutputs.TryGetValue(SitePipelines.Transcripts, out var documents)
            ? TranscriptLease.TranscriptsIn(documents).Sum(t => t.Sections.Sum(s => s.Turns.Count))
            : 0;

    [GeneratedRegex(@"Indexed (\d+) pages?")]
    private static partial Regex IndexedPages();
}
