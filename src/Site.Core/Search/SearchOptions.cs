namespace Site.Search;

/// <summary>
/// Asks a build to index the site for search (Pagefind) before the output is replaced. A build without these
/// options (the library default, and <c>site build --no-search</c>) writes no index.
/// </summary>
public sealed record SearchOptions
{
    /// <summary>
    /// The folder Pagefind is installed in, or installed into from the lock file there (see
    /// <see cref="SearchTools.Locate"/>); null when the tool's files could not be found, which the build reports instead of indexing.
    /// </summary>
    public string? ToolsFolder { get; init; } = SearchTools.Locate();

    /// <summary>
    /// Index after the new output is in place instead of before (the dev server): the page reloads as soon as the
    /// pages are written and search catches up a moment later. The outcome is <see cref="Building.BuildResult.PendingSearch"/>.
    /// </summary>
    public bool AfterSwap { get; init; }

    /// <summary>
    /// The dev server's index, kept between its builds (with <see cref="AfterSwap"/>) so a save re-indexes only the
    /// pages it wrote; null: each build indexes every page.
    /// </summary>
    public LiveIndex? Live { get; init; }

    /// <summary>
    /// How many shards the index is cut into, each indexed by a Pagefind program of its own (see
    /// <see cref="SearchFeed.CommandShardCount"/>); null: one per 200 pages, up to four (the dev server's: up to one per core).
    /// </summary>
    public int? Shards { get; init; }

    /// <summary>Told what takes time before it starts (installing Pagefind), so a long pause is explained.</summary>
    public Action<string>? Progress { get; init; }
}
