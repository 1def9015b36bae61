using System.Globalization;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.Glossary;

/// <summary>One occurrence of a term in a transcript: the paragraph it is in and where.</summary>
public sealed record TermMention(Transcript Transcript, Section Section, Turn Turn, Paragraph Paragraph, TermMatch Match)
{
    /// <summary>The turn on its section page: section pages are always at <c>/&lt;transcript&gt;/&lt;section&gt;/</c>.</summary>
    public string Url => TranscriptUrls.Turn(Transcript, Section, Turn);

    public string SpeakerName => Transcript.FindSpeaker(Turn.SpeakerSlug)?.Name ?? Turn.SpeakerSlug;
}

/// <summary>How often a term is used, e.g. by one speaker.</summary>
public sealed record TermCount(GlossaryTerm Term, int Count);

/// <summary>Where each glossary term is used in the transcripts: every mention in every paragraph of every turn.</summary>
public sealed class GlossaryUsage
{
    private readonly Dictionary<string, List<TermMention>> _mentions;

    private GlossaryUsage(Dictionary<string, List<TermMention>> mentions) => _mentions = mentions;

    /// <summary>
    /// The usage of the build, collected once (the glossary pages and the speaker pages both read it), with the
    /// transcripts in URL order so that mention lists do not depend on which pipeline asked first.
    /// </summary>
    public static GlossaryUsage Get(PipelineContext context, Glossary glossary, IEnumerable<Transcript> transcripts) =>
        context.Build.GetOrCreate("glossaryUsage", () => Collect(glossary, transcripts.OrderBy(t => t.Id, StringComparer.Ordinal).ToList()));

    public static GlossaryUsage Collect(Glossary glossary, IEnumerable<Transcript> transcripts)
    {
        var mentions = new Dictionary<string, List<TermMention>>(StringComparer.Ordinal);
        foreach (var transcript in transcripts)
        {
            foreach (var section in transcript.Sections)
            {
                foreach (var turn in section.Turns)
                {
                    foreach (var paragraph in turn.Paragraphs)
                    {
                        foreach (var match in glossary.FindMatches(paragraph.Text))
                        {
                            if (!mentions.TryGetValue(match.TermId, out var list))
                            {
                                mentions[match.TermId] = list = [];
                            }

                            list.Add(new TermMention(transcript, section, turn, paragraph, match));
                        }
                    }
                }
            }
        }

        return new GlossaryUsage(mentions);
    }

    /// <summary>Mentions of a term in reading order (transcripts in the order given).</summary>
    public IReadOnlyList<TermMention> MentionsOf(string termId) =>
        _mentions.TryGetValue(termId, out var list) ? list : [];

    /// <summary>"鲁为民 ×3, Ethan ×2": speakers by how often they use the term, most first.</summary>
    public static IReadOnlyList<(string Speaker, int Count)> CountBySpeaker(IEnumerable<TermMention> mentions) =>
        mentions.GroupBy(m => m.SpeakerName, StringComparer.Ordinal)
            .Select(g => (Speaker: g.Key, Count: g.Count()))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Speaker, ChineseOrder.Comparer)
            .ToList();

    /// <summary>The glossary terms a speaker uses most in one transcript, most used first (for speaker pages).</summary>
    public IReadOnlyList<TermCount> TopTermsOf(Glossary glossary, Transcript transcript, string speakerSlug, int max = 10) =>
        _mentions
            .Select(pair => (TermId: pair.Key, Count: pair.Value.Count(m => ReferenceEquals(m.Transcript, transcript) && m.Turn.SpeakerSlug == speakerSlug)))
            .Where(term => term.Count > 0)
            .Select(term => new TermCount(glossary.Find(term.TermId)!, term.Count))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Term.Zh, ChineseOrder.Comparer)
            .Take(Math.Max(max, 0))
            .ToList();

    /// <summary>Formats a count line such as <c>鲁为民 ×3, Ethan ×2</c>.</summary>
    public static string FormatCounts(IEnumerable<(string Speaker, int Count)> counts, string separator = ", ") =>
        string.Join(separator, counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Speaker} ×{c.Count}")));
}
