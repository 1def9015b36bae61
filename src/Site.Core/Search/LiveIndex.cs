using Site.Building;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Theming;

namespace Site.Search;

/// <summary>
/// The dev server's search index, written after the new pages are in place so that a save reloads without waiting
/// for it. The previous index is carried into each new output, so search keeps answering (as of the last save) while
/// the new one is written beside it; two renames then put the new one in its place, so no request finds half an index.
/// Between saves Pagefind keeps running with the index in memory, so a save sends it only the pages that build wrote;
/// a page gone from the site (Pagefind cannot forget one) or a failure starts the index over.
/// </summary>
public sealed class LiveIndex : IAsyncDisposable
{
    public const string Folder = "pagefind";

    private readonly SemaphoreSlim _updating = new(1, 1);
    private readonly HashSet<string> _unsent = new(StringComparer.Ordinal);
    private SearchFeed? _kept;
    private bool _startOver = true;

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
    /// <param name="written">The pages the build wrote (the others are as the last index saw them); null: index them all.</param>
    public async Task<SearchSummary?> RunAsync(
        SearchOptions options,
        BuildPaths paths,
        Theme theme,
        EngineReport report,
        IReadOnlyCollection<string>? written,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        // Recorded before waiting: a save whose index is cancelled still has its pages sent with the next one.
        lock (_unsent)
        {
            if (written is null)
            {
                _startOver = true;
            }
            else
            {
                _unsent.UnionWith(written);
            }
        }

        await _updating.WaitAsync(cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var next = Path.Combine(paths.Output, $".{Folder}-next-{id}");
        var old = Path.Combine(paths.Output, $".{Folder}-old-{id}");
        try
        {
            var pages = SearchFeed.PagesIn(paths.Output).ToHashSet(StringComparer.Ordinal);
            string[] sending;
            lock (_unsent)
            {
                sending = [.. _unsent];
                _startOver |= _kept is null || !_kept.Pages.All(pages.Contains);
            }

            int indexed;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (_startOver)
            {
                await DropAsync();
                var feed = await IndexSite.StartAsync(options, paths.Output, theme.Settings.Language, streaming: true, diagnostics, cancellationToken);
                if (feed is null)
                {
                    return null;
                }

                try
                {
                    indexed = await feed.FinishAsync(next, cancellationToken);
                }
                catch
                {
                    await feed.DisposeAsync();
                    throw;
                }

                (_kept, _startOver) = (feed, false);
            }
            else
            {
                indexed = await _kept!.UpdateAsync(sending.Where(pages.Contains), next, cancellationToken);
            }

            lock (_unsent)
            {
                _unsent.ExceptWith(sending);
            }

            var summary = new SearchSummary(indexed, IndexSite.TurnsOf(report), clock.Elapsed);
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
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, _kept?.Program ?? Folder, 0, 0, $"Pagefind could not index the site: {exception.Message}"));
            await DropAsync();
            return null;
        }
        finally
        {
            OutputFolder.TryDelete(next);
            OutputFolder.TryDelete(old);
            _updating.Release();
        }
    }

    private async Task DropAsync()
    {
        _startOver = true;
        if (_kept is { } kept)
        {
            _kept = null;
            await kept.DisposeAsync();
        }
    }

    /// <summary>Stops the Pagefind programs kept between saves.</summary>
    public async ValueTask DisposeAsync()
    {
        await _updating.WaitAsync();
        try
        {
            await DropAsync();
        }
        finally
        {
            _updating.Release();
        }
    }
}
