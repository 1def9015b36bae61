using Site.Building;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Theming;

namespace Site.Search;

/// <summary>
/// The dev server's search index, written after the new pages are in place so that a save reloads without waiting
/// for it. The previous index is carried into each new output, so search keeps answering (as of the last save) while
/// the new one is written beside it; two renames then put the new one in its place, so no request finds half an index.
/// </summary>
public static class LiveIndex
{
    public const string Folder = "pagefind";

    /// <summary>
    /// Moves the index of the output about to be replaced into the staging folder that replaces it. Best effort: an
    /// index that cannot be moved only means search is unavailable until the new one is written.
    /// </summary>
    public static void CarryForward(string output, string staging)
    {
        var current = Path.Combine(output, Folder);
        var target = Path.Combine(staging, Folder);
        try
        {
            if (Directory.Exists(current) && !Directory.Exists(target))
            {
                Directory.Move(current, target);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Indexes the output in place of its current index; null (with diagnostics) when indexing failed, and the old index stays.</summary>
    public static async Task<SearchSummary?> RunAsync(
        SearchOptions options,
        BuildPaths paths,
        Theme theme,
        EngineReport report,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var next = Path.Combine(paths.Output, $".{Folder}-next-{id}");
        var old = Path.Combine(paths.Output, $".{Folder}-old-{id}");
        try
        {
            var summary = await IndexSite.RunAsync(options, paths with { Staging = paths.Output }, theme, report, diagnostics, cancellationToken, next);
            if (summary is null)
            {
                return null;
            }

            var current = Path.Combine(paths.Output, Folder);
            try
            {
                if (Directory.Exists(current))
                {
                    Directory.Move(current, old);
                }

                Directory.Move(next, current);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, current, 0, 0,
                    $"the new search index could not replace the old one: {exception.Message}"));
                return null;
            }

            return summary;
        }
        finally
        {
            OutputFolder.TryDelete(next);
            OutputFolder.TryDelete(old);
        }
    }
}
