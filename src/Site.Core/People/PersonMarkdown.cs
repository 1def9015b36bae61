using System.Globalization;
using Site.Glossary;
using Site.Theming;
using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Writes the people pages as Markdown with front matter (<see cref="PageMarkdown"/>): a page per person, split in
/// pages of <see cref="AppearancesPerPage"/> transcripts so that someone heard in a whole series does not make one
/// page of megabytes, and the <c>/people/</c> index.
/// </summary>
public sealed class PersonMarkdown(Theme theme, Glossary.Glossary glossary)
{
    /// <summary>Transcripts listed on one page of a person (with every turn of theirs in each).</summary>
    public const int AppearancesPerPage = 20;

    /// <summary>How many pages <paramref name="appearances"/> transcripts take (at least one).</summary>
    public static int PageCount(int appearances) => Math.Max(1, (appearances + AppearancesPerPage - 1) / AppearancesPerPage);

    /// <summary>The Markdown of one page of a person (<see cref="People.PersonPage"/>); the first has the summary.</summary>
    public PageMarkdown PersonPage(PersonPage plan)
    {
        var (person, appearances, number, count) = plan;
        var chronological = appearances.List;
        var page = Start(person, number, count, chronological.Count);
        if (number == 1)
        {
            Summary(page, person, chronological);
        }

        page.Heading(2, theme.Text("person_conversations"), "conversations");
        foreach (var appearance in chronological.Skip((number - 1) * AppearancesPerPage).Take(AppearancesPerPage))
        {
            Appearance(page, appearance);
        }

        return page;
    }

    /// <summary>
    /// Appearances first to last: by date when every one has a date, else in transcript order (a date on some
    /// transcripts only cannot place the others).
    /// </summary>
    public static List<PersonAppearance> Chronological(IReadOnlyList<PersonAppearance> appearances) =>
        appearances.All(a => a.When is not null)
            ? appearances.OrderBy(a => a.When).ThenBy(a => a.Order).ToList()
            : appearances.OrderBy(a => a.Order).ToList();

    private PageMarkdown Start(Person person, int number, int count, int appearances)
    {
        var page = new PageMarkdown(theme.Urls)
            .Field("title", person.Name)
            .Field("layout", "person")
            .Field("person_slug", person.Slug)
            .Field("appearance_count", appearances)
            .Field("page_number", number)
            .Field("page_count", count);
        if (number == 1)
        {
            page.Field("photo", person.Entry?.Photo);
        }

        if (number > 1)
        {
            page.Mapping("prev", ("title", PageLabel(number - 1, count)), ("url", PeopleUrls.Person(person.Slug, number - 1)));
        }

        if (number < count)
        {
            page.Mapping("next", ("title", PageLabel(number + 1, count)), ("url", PeopleUrls.Person(person.Slug, number + 1)));
        }

        return page;
    }

    private string PageLabel(int number, int count) => Format("page_of", number, count);

    private void Summary(PageMarkdown page, Person person, IReadOnlyList<PersonAppearance> chronological)
    {
        if (person.Entry is { Bio.Length: > 0 } entry)
        {
            page.Paragraph(entry.Bio);
        }

        page.BeginList(ordered: false).Item().Text(Format("people_appearances", chronological.Count));
        if (chronological.Count > 0)
        {
            var (first, last) = (chronological[0], chronological[^1]);
            page.Item().Text(theme.Text("person_first")).Text(": ").Link(first.Title, first.OverviewUrl).Text(DateSuffix(first));
            if (chronological.Count > 1)
            {
                page.Item().Text(theme.Text("person_last")).Text(": ").Link(last.Title, last.OverviewUrl).Text(DateSuffix(last));
            }
        }

        page.EndList(blankLineAfter: true);
        if (person.Entry is { Links.Count: > 0 } withLinks)
        {
            page.Heading(2, theme.Text("person_links"), "links").BeginList(ordered: false);
            foreach (var link in withLinks.Links)
            {
                page.Item().Link(link.Title, link.Url);
            }

            page.EndList(blankLineAfter: true);
        }

        var terms = chronological
            .SelectMany(a => a.Terms)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(group => (Term: glossary.Find(group.Key), Count: group.Sum(pair => pair.Value)))
            .Where(t => t.Term is not null)
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Term!.Zh, ChineseOrder.Comparer)
            .ToList();
        if (terms.Count > 0)
        {
            // A summary of the turns: search finds the turns themselves, so it leaves this list out.
            page.BeginContainer("speaker-terms", null, ("data-pagefind-ignore", null))
                .Heading(2, theme.Text("person_terms"), "terms")
                .BeginList(ordered: false);
            foreach (var (term, count) in terms)
            {
                page.Item().Link(term!.Zh, TermLinkWriter.UrlOf(term.Id), "term-count").Text(string.Create(CultureInfo.InvariantCulture, $" ×{count}"));
            }

            page.EndList().EndContainer(blankLineBefore: true);
        }
    }

    private void Appearance(PageMarkdown page, PersonAppearance appearance)
    {
        page.LinkHeading(3, appearance.Title, appearance.OverviewUrl).BeginParagraph();
        var blockStart = true;
        if (appearance.Date is { } date)
        {
            page.Text(date, blockStart).Text(" · ");
            blockStart = false;
        }

        page.Text(Format("person_share", appearance.Turns.Count, string.Create(CultureInfo.InvariantCulture, $"{Math.Round(appearance.Share * 100):0}%")), blockStart).Text(" · ");
        for (var index = 0; index < appearance.Speakers.Count; index++)
        {
            page.Text(index == 0 ? string.Empty : ", ").Link(appearance.Speakers[index].Name, appearance.Speakers[index].Url, "speaker");
        }

        page.EndParagraph();
        if (appearance.Turns.Count == 0)
        {
            // A guest listed who never speaks: no list (an empty one is no Markdown at all).
            return;
        }

        // Excerpts of turns that search finds whole, each once, on their section pages.
        page.BeginContainer("person-turns", null, ("data-pagefind-ignore", null)).BeginList(ordered: false);
        foreach (var turn in appearance.Turns)
        {
            var label = turn.Start is { } start ? $"{turn.SectionLabel} · {TranscriptTimes.Clock(start)}" : turn.SectionLabel;
            page.Item().Link(label, turn.Url, "person-turn").Text(" ").Text(turn.Excerpt);
        }

        page.EndList().EndContainer(blankLineBefore: true);
    }

    private static string DateSuffix(PersonAppearance appearance) => appearance.Date is { } date ? $" ({date})" : string.Empty;

    /// <summary>The <c>/people/</c> index: everyone, those heard in most transcripts first, with their count of appearances.</summary>
    public PageMarkdown Index(IReadOnlyList<(Person Person, int Appearances, int Turns)> people)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", theme.Text("people_title")).Field("layout", "people").Field("people_count", people.Count);
        page.BeginList(ordered: false);
        foreach (var (person, appearances, turns) in people
            .OrderByDescending(p => p.Appearances)
            .ThenBy(p => p.Person.Name, ChineseOrder.Comparer)
            .ThenBy(p => p.Person.Slug, StringComparer.Ordinal))
        {
            page.Item().Link(person.Name, PeopleUrls.Person(person.Slug), "speaker")
                .Text(" · ").Text(Format("people_appearances", appearances))
                .Text(string.Create(CultureInfo.InvariantCulture, $" · {turns} {theme.Text("turns")}"));
        }

        return page.EndList();
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, theme.Text(key), values);
}
