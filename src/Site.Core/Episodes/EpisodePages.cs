namespace Site.Episodes;

/// <summary>
/// The home page's list of episodes, cut into pages so that no page grows without bound: <c>/</c>, then
/// <c>/page/2/</c>, <c>/page/3/</c>, ... with <see cref="PerPage"/> episodes each.
/// </summary>
public static class EpisodePages
{
    public const int PerPage = 50;

    public static int Count(int episodes) => Math.Max(1, (episodes + PerPage - 1) / PerPage);

    /// <summary>URL of page <paramref name="number"/> (from 1).</summary>
    public static string Url(int number) => number <= 1 ? "/" : $"/page/{number}/";

    public static IEnumerable<Episode> On(IReadOnlyList<Episode> ordered, int number) =>
        ordered.Skip((number - 1) * PerPage).Take(PerPage);
}
