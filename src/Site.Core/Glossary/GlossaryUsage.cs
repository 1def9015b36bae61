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
/// <param name="SpeakerName">The name of the turn's speaker (its slug when the transcript does not list it): term
/// pages count mentions by speaker name, thousands of times at hundreds of transcripts.</param>
public readonly record struct TermMention(Transcript Transcript, Section Section, Turn Turn, Paragraph Paragraph, TermMatch Match, string SpeakerName)
{
    /// <summary>The turn on its section page: section pages are always at <c>/&lt;transcript&gt;/&lt;section&gt;/</c>.</summary>
    public string Url => TranscriptUrls.Turn(Transcript, Section, Turn);
}

/// <summary>How often a term is used, e.g. by one speaker.</summary>
public sealed record TermCount(GlossaryTerm Term, int Count);

/// <summary>Where each glossary term is used in the transcripts: every mention in every paragraph of every turn.</summary>
public sealed class GlossaryUsage
{
    private Dictionary<string, List<TermMention>>? _mentions;

    // What each transcript's pages need, found for each transcript on its own (in parallel): the matches of every
    // paragraph of every turn (the section page and the speaker page link the same paragraphs, and a speaker page
    // counts its own speaker's terms from them). Concurrent: transcripts are forgotten while other pages are being
    // written.
    private readonly ConcurrentDictionary<Transcript, TranscriptUsage> _byTranscript;

    private GlossaryUsage(Dictionary<string, List<TermMention>> mentions, ConcurrentDictionary<Transcript, TranscriptUsage> byTranscript)
    {
        _mentions = mentions;
        _byTranscript = byTranscript;
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
        var found = new TranscriptUsage[ordered.Count];
        Parallel.For(0, ordered.Count, index => found[index] = TranscriptUsage.Collect(glossary, ordered[index]));

        var byTranscript = new ConcurrentDictionary<Transcript, TranscriptUsage>(Environment.ProcessorCount, ordered.Count, ReferenceEqualityComparer.Instance);
        var perTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < ordered.Count; index++)
        {
            byTranscript.TryAdd(ordered[index], found[index]);
            foreach (var matches in found[index].Matches.Values)
            {
                foreach (var match in matches)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(perTerm, match.TermId, out _)++;
                }
            }
        }

        // Sized first: a term of a large site has tens of thousands of mentions. The mentions are made here, from
        // each paragraph's matches in reading order, rather than gathered per transcript and copied.
        var mentions = perTerm.ToDictionary(pair => pair.Key, pair => new List<TermMention>(pair.Value), StringComparer.Ordinal);
        for (var index = 0; index < ordered.Count; index++)
        {
            var transcript = ordered[index];
            var matches = found[index].Matches;
            foreach (var section in transcript.Sections)
            {
                foreach (var turn in section.Turns)
                {
                    string? speakerName = null;
                    foreach (var paragraph in turn.Paragraphs)
                    {
                        foreach (var match in matches[paragraph])
                        {
                            speakerName ??= transcript.FindSpeaker(turn.SpeakerSlug)?.Name ?? turn.SpeakerSlug;
                            mentions[match.TermId].Add(new TermMention(transcript, section, turn, paragraph, match, speakerName));
                        }
                    }
                }
            }
        }

        return new GlossaryUsage(mentions, byTranscript);
    }

    /// <summary>The glossary matches in a paragraph of a transcript's turn (found again when it is not one of its turns').</summary>
    public IReadOnlyList<TermMatch> MatchesIn(Glossary glossary, Transcript transcript, Paragraph paragraph) =>
        _byTranscript.TryGetValue(transcript, out var usage) && usage.Matches.TryGetValue(paragraph, out var found)
            ? found
            : glossary.FindMatches(paragraph.Text);

    /// <summary>
    /// Lets go of what was kept for a transcript's pages (the matches of its paragraphs), once
    /// its last page is written (<see cref="TranscriptLease"/>).
    /// </summary>
    public void Forget(Transcript transcript) => _byTranscript.TryRemove(transcript, out _);

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

    /// <summary>
    /// The glossary terms a speaker uses most in one transcript, most used first (for speaker pages): counted from the
    /// matches of the speaker's paragraphs, on the page that shows them, rather than kept for every speaker of the site.
    /// </summary>
    public IReadOnlyList<TermCount> TopTermsOf(Glossary glossary, Transcript transcript, string speakerSlug, int max = 10)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var turn in transcript.AllTurns)
        {
            if (turn.SpeakerSlug != speakerSlug)
            {
                continue;
            }

            foreach (var paragraph in turn.Paragraphs)
            {
                foreach (var match in MatchesIn(glossary, transcript, paragraph))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(terms, match.TermId, out _)++;
                }
            }
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

    /// <summary>One transcript's part of the usage, found on its own.</summary>
    private sealed class TranscriptUsage
    {
        public required Dictionary<Paragraph, IReadOnlyList<TermMatch>> Matches { get; init; }

        public static TranscriptUsage Collect(Glossary glossary, Transcript transcript)
        {
            var usage = new TranscriptUsage
            {
                Matches = new Dictionary<Paragraph, IReadOnlyList<TermMatch>>(ReferenceEqualityComparer.Instance),
            };
            foreach (var section in transcript.Sections)
            {
                foreach (var turn in section.Turns)
                {
                    foreach (var paragraph in turn.Paragraphs)
                    {
                        var inParagraph = glossary.FindMatches(paragraph.Text);
                        usage.Matches.TryAdd(paragraph, inParagraph);
                    }
                }
            }

            return usage;
        }
    }
}
