namespace Site.Episodes;

/// <summary>
/// The order of a series, newest first: dated episodes by date (then by id, so two on one day keep a stable order),
/// then the undated ones by id. The home page, the previous/next links and the feeds all use it.
/// </summary>
public sealed class EpisodeOrder : IComparer<Episode>
{
    public static EpisodeOrder Instance { get; } = new();

    public int Compare(Episode? x, Episode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = (x.Date, y.Date) switch
        {
            ({ } a, { } b) => b.Value.CompareTo(a.Value),
            (not null, null) => -1,
            (null, not null) => 1,
            _ => 0,
        };
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
    }

    public static IReadOnlyList<Episode> Sort(IEnumerable<Episode> episodes) => [.. episodes.Order(Instance)];
}
