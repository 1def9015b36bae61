using Site.Configuration;

namespace Site.Glossary;

/// <summary>
/// Decides which matches on one page become links, following <see cref="SiteSettings.TermLinks"/>: the first mention
/// of a term in each turn, the first on the page, or every one. One planner per page; call
/// <see cref="BeginTurn"/> before the first paragraph of each turn and <see cref="Plan"/> for each paragraph in order.
/// </summary>
public sealed class TermLinkPlanner(Glossary glossary, TermLinkDensity density)
{
    private readonly HashSet<string> _linkedOnPage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _linkedInTurn = new(StringComparer.Ordinal);

    public void BeginTurn() => _linkedInTurn.Clear();

    /// <summary>The matches of <paramref name="paragraph"/> to write as links, left to right.</summary>
    public IReadOnlyList<TermMatch> Plan(string paragraph) => Select(glossary.FindMatches(paragraph));

    /// <summary>Like <see cref="Plan"/>, for matches already found.</summary>
    public IReadOnlyList<TermMatch> Select(IReadOnlyList<TermMatch> matches)
    {
        if (density == TermLinkDensity.Every || matches.Count == 0)
        {
            return matches;
        }

        var seen = density == TermLinkDensity.FirstPerPage ? _linkedOnPage : _linkedInTurn;
        // Most paragraphs name each term once: their matches are returned as they are; a copy is made only from the
        // first repeat on.
        List<TermMatch>? selected = null;
        for (var index = 0; index < matches.Count; index++)
        {
            if (seen.Add(matches[index].TermId))
            {
                selected?.Add(matches[index]);
            }
            else
            {
                selected ??= [.. matches.Take(index)];
            }
        }

        return selected ?? matches;
    }

    /// <summary>Plans a whole page at once: for each turn, for each of its paragraphs, the matches to link.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<TermMatch>>> PlanPage(
        Glossary glossary,
        IEnumerable<IEnumerable<string>> turns,
        TermLinkDensity density)
    {
        var planner = new TermLinkPlanner(glossary, density);
        var page = new List<IReadOnlyList<IReadOnlyList<TermMatch>>>();
        foreach (var turn in turns)
        {
            planner.BeginTurn();
            page.Add(turn.Select(planner.Plan).ToList());
        }

        return page;
    }
}
