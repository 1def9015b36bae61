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

    // Each transcript is linked once for its overview and all its section and speaker pages (made in parallel).
    private static readonly ConditionalWeakTable<Transcript, Linked> Cache = [];

    private sealed record Linked(Glossary.Glossary Glossary, IReadOnlyList<HighlightLink> Links);

    public static IReadOnlyList<HighlightLink> For(Transcript transcript, Glossary.Glossary glossary)
    {
        if (transcript.Highlights.Count == 0)
        {
            return [];
        }

        // A transcript kept from an earlier build of the dev server may meet a changed glossary.
        if (Cache.TryGetValue(transcript, out var linked) && ReferenceEquals(linked.Glossary, glossary))
        {
            return linked.Links;
        }

        var links = Link(transcript, glossary);
        Cache.AddOrUpdate(transcript, new Linked(glossary, links));
        return links;
    }

    internal static IReadOnlyList<HighlightLink> Link(Transcript transcript, Glossary.Glossary glossary)
    {
        var turns = transcript.Sections.SelectMany(section => section.Turns.Select(turn => (Section: section, Turn: turn))).ToList();
        var pieces = turns.Select(entry => Pieces(entry.Turn.Paragraphs.Select(p => p.Text), glossary)).ToList();
        var rarity = Rarity(pieces);
        var averageLength = Math.Max(1, pieces.Average(turn => turn.Count));
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

            var wanted = Pieces([highlight.Text], glossary);
            var best = -1;
            var bestScore = 0.0;
            for (var candidate = 0; candidate < turns.Count; candidate++)
            {
                var score = Score(wanted, pieces[candidate], rarity) * (K1 + 1) / (1 + K1 * (1 - B + B * pieces[candidate].Count / averageLength));
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

    /// <summary>Text pieces and glossary terms (as <c>term:id</c>, so they never meet a text piece) of some text.</summary>
    private static HashSet<string> Pieces(IEnumerable<string> texts, Glossary.Glossary glossary)
    {
        var pieces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            HighlightTokens.Of(text, pieces);
            foreach (var match in glossary.FindMatches(text))
            {
                pieces.Add("term:" + match.TermId);
            }
        }

        return pieces;
    }

    /// <summary>How telling each piece is: ln(1 + turns / turns that have it), as in tf-idf.</summary>
    private static Dictionary<string, double> Rarity(List<HashSet<string>> pieces)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var turn in pieces)
        {
            foreach (var piece in turn)
            {
                counts[piece] = counts.GetValueOrDefault(piece) + 1;
            }
        }

        return counts.ToDictionary(pair => pair.Key, pair => Math.Log(1 + (double)pieces.Count / pair.Value), StringComparer.Ordinal);
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
