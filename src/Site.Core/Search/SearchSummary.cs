namespace Site.Search;

/// <summary>What the search step of a build did: pages and turns indexed, and the time Pagefind took
/// (installation not included).</summary>
public sealed record SearchSummary(int Pages, int Turns, TimeSpan Elapsed);
