using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Search;

/// <summary>
/// The search index of a build, made by Pagefind's program (its npm package ships it) from the pages the build wrote
/// (see <see cref="SearchFeed"/>), into the staging folder, so the index is swapped in with the pages it
/// describes and a failed index fails the build, leaving the old site in place. Each turn is a result of its own through the attributes of the section pages
/// (an id and <c>data-pagefind-title</c> on the turn, <c>data-pagefind-filter</c> for speaker and section), and turns
/// repeated elsewhere (speaker pages) are left out, so every turn is indexed once.
/// </summary>
public static class IndexSite
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

    /// <summary>
    /// Makes sure Pagefind is there (installing it once) and opens the index the build's pages are handed to as they
    /// are written; null (with diagnostics) when Pagefind cannot be had.
    /// </summary>
    /// <param name="language">The site's language, the one language of the index: the dialog searches the index of the
    /// page it is on, and an index per language would hide an English transcript from a zh-CN site's search.</param>
    /// <param name="streaming">Pages go to Pagefind as they are written and the index is kept for updates (see <see cref="SearchFeed"/>).</param>
    public static async Task<SearchFeed?> StartAsync(SearchOptions options, string site, string language, bool streaming, DiagnosticBag diagnostics, CancellationToken cancellationToken)
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

        return new SearchFeed(binary, tools, site, language.ToLowerInvariant(), options.Shards, streaming);
    }

    /// <summary>
    /// Indexes what the build did not hand over, and writes the index into <paramref name="indexFolder"/> (by default
    /// <c>pagefind/</c> of the staging folder, so it is swapped in with the pages it describes); null (with
    /// diagnostics) when Pagefind failed, which fails the build and leaves the old site in place.
    /// </summary>
    public static async Task<SearchSummary?> FinishAsync(
        SearchFeed feed, BuildPaths paths, EngineReport report, DiagnosticBag diagnostics, CancellationToken cancellationToken, string? indexFolder = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var pages = await feed.FinishAsync(indexFolder ?? Path.Combine(paths.Staging, LiveIndex.Folder), cancellationToken);
            return new SearchSummary(pages, TurnsOf(report), clock.Elapsed);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, feed.Program, 0, 0, $"Pagefind could not index the site: {exception.Message}"));
            return null;
        }
    }

    internal static int TurnsOf(EngineReport report) =>
        report.ProcessOutputs.TryGetValue(SitePipelines.Transcripts, out var documents)
            ? TranscriptLease.TranscriptsIn(documents).Sum(t => t.Sections.Sum(s => s.Turns.Count))
            : 0;
}
