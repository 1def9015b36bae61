using System.Runtime.CompilerServices;

namespace Site.Transcripts.Highlights;

/// <summary>
/// Finds for each highlight the turn that discusses it best: a pinned turn when the author chose one, else the turn
/// sharing most of the highlight's glossary terms and text pieces (<see cref="HighlightTokens"/>). Pieces are weighted
/// by how rare they are among the turns, so "Sora" or 我们, found everywhere, decide nothing; a highlight that shares
/// nothing with any turn gets no link rather than a guess.
/// </summary>
public static class LinkHighlights
{
    // Length normalisation as BM25 does it (k1 = 1.2, b = 0.75): a long turn shares more pieces with anything by
    // chance, so its score is scaled down, a short one's up, towards the turn that is about the highlight.
    private const double K1 = 1.2;
    private const double B = 0.75;

    // The host's turns are questions, which restate the topic a guest's answer then discusses: they count for less.
    private const double HostWeight = 0.6;

    // Each transcript is linked once for its overview and all its section and speaker pages, which are made in
    // parallel: the first page to ask links it, the others wait for that result.
    private static readonly ConditionalWeakTable<Transcript, Linked> Cache = [];

    private sealed record Linked(Glossary.Glossary Glossary, Lazy<IReadOnlyList<HighlightLink>> Links);

    /// <summary>The transcript's highlight links, with the glossary matches of its paragraphs found once for the build.</summary>
    public static IReadOnlyList<HighlightLink> For(Transcript transcript, Glossary.Glossary glossary, Glossary.GlossaryUsage usage)
    {
        if (transcript.Highlights.Count == 0)
        {
            return [];
        }

        Linked Create() => new(glossary, new Lazy<IReadOnlyList<HighlightLink>>(() => Link(transcript, glossary, paragraph => usage.MatchesIn(glossary, transcript, paragraph))));
        var linked = Cache.GetValue(transcript, _ => Create());

        // A transcript kept from an earlier build of the dev server may meet a changed glossary.
        if (!ReferenceEquals(linked.Glossary, glossary))
        {
            linked = Create();
            Cache.AddOrUpdate(transcript, linked);
        }

        return linked.Links.Value;
    }

    internal static IReadOnlyList<HighlightLink> Link(Transcript transcript, Glossary.Glossary glossary) =>
        Link(transcript, glossary, paragraph => glossary.FindMatches(paragraph.Text));

    private static IReadOnlyList<HighlightLink> Link(Transcript transcript, Glossary.Glossary glossary, Func<Paragraph, IReadOnlyList<Glossary.TermMatch>> matchesIn)
    {
        var turns = transcript.Sections.SelectMany(section => section.Turns.Select(turn => (Section: section, Turn: turn))).ToList();
        var wanted = transcript.Highlights.Select(highlight => Pieces(highlight.Text, glossary)).ToList();
        var all = new HashSet<string>(wanted.SelectMany(pieces => pieces), StringComparer.Ordinal);
        var read = turns.Select(entry => TurnPieces.Of(entry.Turn, all, matchesIn)).ToList();
        var rarity = Rarity(read);
        var averageLength = Math.Max(1, read.Average(turn => turn.Distinct));
        var links = new List<HighlightLink>();
        for (var index = 0; index < transcript.Highlights.Count; index++)
        {
            var number = index + 1;
            var highlight = transcript.Highlights[index];
            if (transcript.HighlightPins.FirstOrDefault(pin => pin.Number == number) is { } pin
                && turns.FirstOrDefault(entry => entry.Turn.Id == pin.TurnId) is { Turn: not null } pinned)
            {
                links.Add(new HighlightLink(number, highlight, pinned.Section, pinned.Turn, Pinned: true));
                continue;
            }

            var best = -1;
            var bestScore = 0.0;
            for (var candidate = 0; candidate < turns.Count; candidate++)
            {
                var score = Score(wanted[index], read[candidate].Found, rarity) * (K1 + 1) / (1 + K1 * (1 - B + B * read[candidate].Distinct / averageLength));
                if (transcript.FindSpeaker(turns[candidate].Turn.SpeakerSlug)?.IsHost == true)
                {
                    score *= HostWeight;
                }

                if (score > bestScore)
                {
                    (best, bestScore) = (candidate, score);
                }
            }

            if (best >= 0)
            {
                links.Add(new HighlightLink(number, highlight, turns[best].Section, turns[best].Turn, Pinned: false));
            }
        }

        return links;
    }

    /// <summary>Text pieces and glossary terms (as <c>term:id</c>, so they never meet a text piece) of a highlight.</summary>
    private static HashSet<string> Pieces(string text, Glossary.Glossary glossary)
    {
        var pieces = HighlightTokens.Of(text);
        foreach (var match in glossary.FindMatches(text))
        {
            pieces.Add(TermPiece(match.TermId));
        }

        return pieces;
    }

    private static string TermPiece(string termId) => "term:" + termId;

    /// <summary>
    /// What a turn shares with the highlights (<see cref="Found"/>, the highlights' own strings) and how many distinct
    /// pieces it has in all (its length for the score's normalisation). A turn's pieces are counted by a 64-bit hash
    /// of each, not kept: thousands of turns would otherwise make a string per character pair.
    /// </summary>
    private sealed record TurnPieces(HashSet<string> Found, int Distinct)
    {
        /// <param name="wanted">The pieces of all the highlights.</param>
        public static TurnPieces Of(Turn turn, HashSet<string> wanted, Func<Paragraph, IReadOnlyList<Glossary.TermMatch>> matchesIn)
        {
            var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
            var found = new HashSet<string>(StringComparer.Ordinal);
            var hashes = new HashSet<ulong>();
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var paragraph in turn.Paragraphs)
            {
                HighlightTokens.Visit(paragraph.Text, piece =>
                {
                    hashes.Add(Fnv1a(piece));
                    if (lookup.TryGetValue(piece, out var shared))
                    {
                        found.Add(shared);
                    }
                });
                foreach (var match in matchesIn(paragraph))
                {
                    if (terms.Add(match.TermId) && wanted.TryGetValue(TermPiece(match.TermId), out var shared))
                    {
                        found.Add(shared);
                    }
                }
            }

            return new TurnPieces(found, hashes.Count + terms.Count);
        }

        private static ulong Fnv1a(ReadOnlySpan<char> piece)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in piece)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }
    }

    /// <summary>How telling each shared piece is: ln(1 + turns / turns that have it), as in tf-idf.</summary>
    private static Dictionary<string, double> Rarity(List<TurnPieces> turns)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var turn in turns)
        {
            foreach (var piece in turn.Found)
            {
                counts[piece] = counts.GetValueOrDefault(piece) + 1;
            }
        }

        return counts.ToDictionary(pair => pair.Key, pair => Math.Log(1 + (double)turns.Count / pair.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// The weighted share of the highlight's pieces found in the turn, text pieces and glossary terms each counting
    /// half: a shared term (a concept) is worth as much as all the shared wording.
    /// </summary>
    private static double Score(HashSet<string> wanted, HashSet<string> turn, Dictionary<string, double> rarity)
    {
        double text = 0, textTotal = 0, terms = 0, termsTotal = 0;
        foreach (var piece in wanted)
        {
            if (!rarity.TryGetValue(piece, out var weight))
            {
                continue;
            }

            var isTerm = piece.StartsWith("term:", StringComparison.Ordinal);
            var found = turn.Contains(piece) ? weight : 0;
            if (isTerm)
            {
                (terms, termsTotal) = (terms + found, termsTotal + weight);
            }
            else
            {
                (text, textTotal) = (text + found, textTotal + weight);
            }
        }

        var textScore = textTotal == 0 ? 0 : text / textTotal;
        return termsTotal == 0 ? textScore : (textScore + terms / termsTotal) / 2;
    }
}
