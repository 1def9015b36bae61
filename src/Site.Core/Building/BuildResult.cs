using Site.Diagnostics;
using Site.Pipelines;
using Site.Search;

namespace Site.Building;

/// <summary>The outcome of a build: diagnostics, what was written, and where the time went.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed,
    EngineReport? Report)
{
    /// <summary>What the search step did; null when the build wrote no index.</summary>
    public SearchSummary? Search { get; init; }

    /// <summary>Wall time of each step of the build after settings were read: pipelines, search index, link check, swap.</summary>
    public IReadOnlyList<(string Step, TimeSpan Time)> Steps { get; init; } = [];

    /// <summary>The search index being written into the output after the swap (<see cref="Search.SearchOptions.AfterSwap"/>): its summary and diagnostics.</summary>
    public Task<(Search.SearchSummary? Summary, IReadOnlyList<Diagnostic> Diagnostics)>? PendingSearch { get; init; }

    /// <summary>Stops <see cref="PendingSearch"/> (Pagefind is stopped), e.g. when the next build starts.</summary>
    public CancellationTokenSource? PendingSearchCancellation { get; init; }

    /// <summary>Pages copied from the previous output because nothing they are made from changed (dev server only).</summary>
    public int PagesReused { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
