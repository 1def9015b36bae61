using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.Glossary;

/// <summary>
/// One occurrence of a term in a transcript: the paragraph it is in and where. A struct: a large site has hundreds of
/// thousands, kept in a few arrays rather than as that many objects for the collector to trace.
/// </summary>
public readonly record struct TermMention(Transcript Transcript, Section Section, Turn Turn, Paragraph Paragraph, TermMatch Match)
{
    /// <summary>The turn on its section page: section pages are always at <c>/&lt;transcript&gt;/&lt;section&gt;/</c>.</summary>
    public string Url => TranscriptUrls.Turn(Transcript, Section, Turn);

    /// <summary>Found once: term pages count mentions by speaker name, thousands of times at hundreds of transcripts.</summary>
    public string SpeakerName { get; } = Transcript.FindSpeaker(Turn.SpeakerSlug)?.Name ?? Turn.SpeakerSlug;
}

/// <summary>How often a term is used, e.g. by one speaker.</summary>
public sealed record TermCount(GlossaryTerm Term, int Count);

/// <summary>Where each glossary term is used in the transcripts: every mention in every paragraph of every turn.</summary>
public sealed class GlossaryUsage
{
    private Dictionary<string, List<TermMention>>? _mentions;

    // Counts per transcript, speaker and term, made while collecting: each speaker page asks for its own, and
    // scanning every mention of the site per speaker page made the build quadratic in the number of transcripts.
    private readonly Dictionary<Transcript, Dictionary<string, Dictionary<string, int>>> _countsBySpeaker;

    // The matches of every paragraph of every turn, found once: the section page and the speaker page link the
    // same paragraphs again.
    private readonly Dictionary<Paragraph, IReadOnlyList<TermMatch>> _matches;

    private GlossaryUsage(
        Dictionary<string, List<TermMention>> mentions,
        Dictionary<Transcript, Dictionary<string, Dictionary<string, int>>> countsBySpeaker,
        Dictionary<Paragraph, IReadOnlyList<TermMatch>> matches)
    {
        _mentions = mentions;
        _countsBySpeaker = countsBySpeaker;
        _matches = matches;
    }

    /// <summary>
    /// The usage of the build, collected once (the glossary pages and the speaker pages both read it), with the
    /// transcripts in URL order so that mention lists do not depend on which pipeline asked first.
    /// </summary>
    public static GlossaryUsage Get(PipelineContext context, Glossary glossary, IEnumerable<Transcript> transcripts) =>
        context.Build.GetOrCreate("glossaryUsage", () => Collect(glossary, transcripts.OrderBy(t => t.Id, StringComparer.Ordinal).ToList()));

    public static GlossaryUsage Collect(Glossary glossary, IEnumerable<Transcript> transcripts)
    {
        // Matching is the costly part and each transcript is independent: match them on all cores, then merge in
        // the order given so that the mention lists are the same whatever the number of cores.
        var ordered = transcripts.ToList();
        var found = new List<TermMention>[ordered.Count];
        var matched = new List<(Paragraph, IReadOnlyList<TermMatch>)>[ordered.Count];
        Parallel.For(0, ordered.Count, index => (found[index], matched[index]) = MentionsIn(glossary, ordered[index]));

        var matches = new Dictionary<Paragraph, IReadOnlyList<TermMatch>>(matched.Sum(m => m.Count), ReferenceEqualityComparer.Instance);
        foreach (var (paragraph, inParagraph) in matched.SelectMany(m => m))
        {
            matches.TryAdd(paragraph, inParagraph);
        }

        var mentions = new Dictionary<string, List<TermMention>>(StringComparer.Ordinal);
        var countsBySpeaker = new Dictionary<Transcript, Dictionary<string, Dictionary<string, int>>>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < ordered.Count; index++)
        {
            var bySpeaker = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            countsBySpeaker[ordered[index]] = bySpeaker;
            foreach (var mention in found[index])
            {
                if (!mentions.TryGetValue(mention.Match.TermId, out var list))
                {
                    mentions[mention.Match.TermId] = list = [];
                }

                list.Add(mention);
                if (!bySpeaker.TryGetValue(mention.Turn.SpeakerSlug, out var terms))
                {
                    bySpeaker[mention.Turn.SpeakerSlug] = terms = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                terms[mention.Match.TermId] = terms.GetValueOrDefault(mention.Match.TermId) + 1;
            }
        }

        return new GlossaryUsage(mentions, countsBySpeaker, matches);
    }

    private static (List<TermMention>, List<(Paragraph, IReadOnlyList<TermMatch>)>) MentionsIn(Glossary glossary, Transcript transcript)
    {
        var mentions = new List<TermMention>();
        var matches = new List<(Paragraph, IReadOnlyList<TermMatch>)>();
        foreach (var section in transcript.Sections)
        {
            foreach (var turn in section.Turns)
            {
                foreach (var paragraph in turn.Paragraphs)
                {
                    var inParagraph = glossary.FindMatches(paragraph.Text);
                    matches.Add((paragraph, inParagraph));
                    foreach (var match in inParagraph)
                    {
                        mentions.Add(new TermMention(transcript, section, turn, paragraph, match));
                    }
                }
            }
        }

        return (mentions, matches);
    }

    /// <summary>The glossary matches in a paragraph of a turn (found again when it is not one of the transcripts').</summary>
    public IReadOnlyList<TermMatch> MatchesIn(Glossary glossary, Paragraph paragraph) =>
        _matches.TryGetValue(paragraph, out var found) ? found : glossary.FindMatches(paragraph.Text);

    /// <summary>Mentions of a term in reading order (transcripts in the order given).</summary>
    public IReadOnlyList<TermMention> MentionsOf(string termId) =>
        (_mentions ?? throw new InvalidOperationException("the mentions were released once the glossary pages were made"))
            .TryGetValue(termId, out var list) ? list : [];

    /// <summary>
    /// Lets the mentions go. The glossary pages are their only readers, and a site of a thousand transcripts has a
    /// quarter of a million of them: the rest of the build (every transcript page) has better use for the memory.
    /// The matches of each paragraph and the counts per speaker stay.
    /// </summary>
    public void ReleaseMentions() => _mentions = null;

    /// <summary>"鲁为民 ×3, Ethan ×2": speakers by how often they use the term, most first.</summary>
    public static IReadOnlyList<(string Speaker, int Count)> CountBySpeaker(IEnumerable<TermMention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, mention.SpeakerName, out _)++;
        }

        return counts
            .Select(pair => (Speaker: pair.Key, Count: pair.Value))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Speaker, ChineseOrder.Comparer)
            .ToList();
    }

    /// <summary><see cref="CountBySpeaker"/> of a term's mentions, counted once (the term page and its model both show it).
    /// Like <see cref="MentionsOf"/>, for the glossary pages only.</summary>
    public IReadOnlyList<(string Speaker, int Count)> SpeakersOf(string termId) =>
        _speakers.GetOrAdd(termId, id => CountBySpeaker(MentionsOf(id)));

    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Speaker, int Count)>> _speakers = new(StringComparer.Ordinal);

    /// <summary>The glossary terms a speaker uses most in one transcript, most used first (for speaker pages).</summary>
    public IReadOnlyList<TermCount> TopTermsOf(Glossary glossary, Transcript transcript, string speakerSlug, int max = 10)
    {
        if (!_countsBySpeaker.TryGetValue(transcript, out var bySpeaker) || !bySpeaker.TryGetValue(speakerSlug, out var terms))
        {
            return [];
        }

        return terms
            .Select(term => new TermCount(glossary.Find(term.Key)!, term.Value))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Term.Zh, ChineseOrder.Comparer)
            .Take(Math.Max(max, 0))
            .ToList();
    }

    /// <summary>Formats a count line such as <c>鲁为民 ×3, Ethan ×2</c>.</summary>
    public static string FormatCounts(IEnumerable<(string Speaker, int Count)> counts, string separator = ", ") =>
        string.Join(separator, counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Speaker} ×{c.Count}")));
}
