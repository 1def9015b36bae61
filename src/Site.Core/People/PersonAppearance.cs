using System.Globalization;
using System.Runtime.InteropServices;
using Site.Glossary;
using Site.Theming;
using Site.Transcripts;
using Site.Transcripts.Charts;

namespace Site.People;

/// <summary>
/// What a person page shows of one transcript, taken from its model while the model is there: the person page is
/// written after it may be gone, and needs only this much of it.
/// </summary>
/// <param name="Order">The transcript's place by id, for transcripts without a date.</param>
/// <param name="Speakers">The transcript's speakers that are this person: their names and speaker pages.</param>
/// <param name="Words">Words of this person's turns (<see cref="WordCount"/>); <paramref name="TotalWords"/> of all turns.</param>
/// <param name="Terms">Glossary term ids this person used here, with how often.</param>
public sealed record PersonAppearance(
    string TranscriptId,
    string Title,
    string? Date,
    int Order,
    string OverviewUrl,
    IReadOnlyList<(string Name, string Url)> Speakers,
    IReadOnlyList<PersonTurn> Turns,
    int Words,
    int TotalWords,
    IReadOnlyDictionary<string, int> Terms)
{
    /// <summary>How many characters of a turn the person page quotes before the link to the whole turn.</summary>
    public const int ExcerptLength = 80;

    /// <summary>The date as a date, when it is written as one (<c>2026-11-06</c>, an RFC 3339 time); else null.</summary>
    public DateTimeOffset? When =>
        Date is { } date && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    public double Share => TotalWords == 0 ? 0 : (double)Words / TotalWords;

    /// <summary>
    /// The appearances of every person who speaks in <paramref name="transcript"/>, in one pass over its turns: a
    /// series has few speakers per transcript, but walking the whole transcript once per speaker counted its words
    /// and glossary matches five times over.
    /// </summary>
    public static IEnumerable<(Person Person, PersonAppearance Appearance)> In(Transcript transcript, int order, PeopleDirectory people, TranscriptUrls urls, Theme theme, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var bySlug = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var speaker in transcript.Speakers)
        {
            if (people.Of(transcript.Id, speaker.Slug) is { } person)
            {
                bySlug[speaker.Slug] = person;
            }
        }

        if (bySlug.Count == 0)
        {
            yield break;
        }

        var found = new Dictionary<Person, (List<PersonTurn> Turns, Dictionary<string, int> Terms, int Words)>(ReferenceEqualityComparer.Instance);
        var total = 0;
        foreach (var section in transcript.Sections)
        {
            // One section URL and label for all its turns: a series holds tens of thousands of these records.
            string? sectionUrl = null, sectionLabel = null;
            foreach (var turn in section.Turns)
            {
                var count = WordCount.Of(turn).Total;
                total += count;
                if (!bySlug.TryGetValue(turn.SpeakerSlug, out var person))
                {
                    continue;
                }

                ref var own = ref CollectionsMarshal.GetValueRefOrAddDefault(found, person, out var exists);
                if (!exists)
                {
                    own = ([], new Dictionary<string, int>(StringComparer.Ordinal), 0);
                }

                own.Words += count;
                sectionUrl ??= TranscriptUrls.Section(transcript, section);
                sectionLabel ??= TranscriptText.SectionLabel(section, theme);
                own.Turns.Add(new PersonTurn(sectionUrl, turn.Id, sectionLabel, turn.Start, Excerpt(turn)));
                foreach (var paragraph in turn.Paragraphs)
                {
                    foreach (var match in usage.MatchesIn(glossary, transcript, paragraph))
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(own.Terms, match.TermId, out _)++;
                    }
                }
            }
        }

        // Every person listed, even one who never speaks (a guest named in the header only).
        foreach (var person in bySlug.Values.Distinct())
        {
            var (turns, terms, words) = found.GetValueOrDefault(person, ([], new Dictionary<string, int>(StringComparer.Ordinal), 0));
            yield return (person, new PersonAppearance(
                transcript.Id,
                transcript.Title,
                transcript.Date,
                order,
                urls.Overview(transcript),
                person.Speakers.Where(s => s.TranscriptId == transcript.Id).Select(s => (s.Speaker.Name, TranscriptUrls.Speaker(transcript, s.Speaker))).ToArray(),
                turns.ToArray(),
                words,
                total,
                terms));
        }
    }

    /// <summary>The start of the turn's first paragraph, cut at a whole character.</summary>
    private static string Excerpt(Turn turn)
    {
        var text = turn.Paragraphs.Count == 0 ? string.Empty : turn.Paragraphs[0].Text;
        if (text.Length <= ExcerptLength && turn.Paragraphs.Count <= 1)
        {
            return text;
        }

        var cut = Math.Min(text.Length, ExcerptLength);
        if (cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}

/// <summary>
/// One turn of a person, for their page: its section page and id (shared strings; the address is joined when the page
/// is written), the section, when, and its first words.
/// </summary>
public sealed record PersonTurn(string SectionUrl, string TurnId, string SectionLabel, double? Start, string Excerpt)
{
    public string Url => $"{SectionUrl}#{TurnId}";
}
