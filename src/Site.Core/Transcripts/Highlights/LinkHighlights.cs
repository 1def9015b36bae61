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
        if (turns.Count == 0)
        {
            return [];
        }

        var pieces = new WantedPieces();
        var wanted = transcript.Highlights.Select(highlight => pieces.Add(highlight.Text, glossary)).ToList();
        var read = TurnPieces.Read(turns.Select(entry => entry.Turn), pieces, matchesIn);
        var rarity = Rarity(read, pieces.Count);
        var averageLength = Math.Max(1, read.AverageDistinct);
        var hosts = turns.Select(entry => transcript.FindSpeaker(entry.Turn.SpeakerSlug)?.IsHost == true).ToArray();
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
                var score = Score(wanted[index], read.Found(candidate), rarity, pieces) * (K1 + 1) / (1 + K1 * (1 - B + B * read.Distinct[candidate] / averageLength));
                if (hosts[candidate])
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

    /// <summary>
    /// The pieces of all the highlights, each numbered once: text pieces by <see cref="HighlightTokens.PairKey"/> or
    /// word, glossary terms by id (kept apart from text, so a term never meets a text piece).
    /// </summary>
    private sealed class WantedPieces
    {
        private readonly Dictionary<ulong, int> _pairs = [];
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly List<bool> _isTerm = [];

        public int Count => _isTerm.Count;

        public bool IsTerm(int piece) => _isTerm[piece];

        /// <summary>The wanted pairs by key (<see cref="HighlightTokens.PairKey"/>).</summary>
        public IReadOnlyDictionary<ulong, int> Pairs => _pairs;

        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words => _words.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool TryGetTerm(string termId, out int piece) => _terms.TryGetValue(termId, out piece);

        /// <summary>A highlight's distinct pieces in the order they first occur, its text's before its terms'.</summary>
        public int[] Add(string text, Glossary.Glossary glossary)
        {
            var sink = new Collector(this, [], []);
            HighlightTokens.Visit(text, ref sink);
            foreach (var match in glossary.FindMatches(text))
            {
                sink.Take(Number(_terms, match.TermId, isTerm: true));
            }

            return [.. sink.Order];
        }

        private int Number<TKey>(Dictionary<TKey, int> numbers, TKey key, bool isTerm)
            where TKey : notnull
        {
            if (!numbers.TryGetValue(key, out var piece))
            {
                piece = _isTerm.Count;
                numbers[key] = piece;
                _isTerm.Add(isTerm);
            }

            return piece;
        }

        private readonly struct Collector(WantedPieces pieces, HashSet<int> seen, List<int> order) : HighlightTokens.ISink
        {
            public List<int> Order => order;

            public void Pair(System.Text.Rune first, System.Text.Rune second) => Take(pieces.Number(pieces._pairs, HighlightTokens.PairKey(first, second), isTerm: false));

            public void Word(ReadOnlySpan<char> word) => Take(pieces.Number(pieces._words, word.ToString(), isTerm: false));

            public void Take(int piece)
            {
                if (seen.Add(piece))
                {
                    order.Add(piece);
                }
            }
        }
    }

    /// <summary>
    /// What each turn shares with the highlights (a row of bits, one per wanted piece) and how many distinct pieces it
    /// has in all (its length for the score's normalisation). A turn's own pieces are counted, not kept: pairs by their
    /// key, words by a 64-bit hash of each (so a word and a pair never count as one).
    /// </summary>
    private sealed class TurnPieces
    {
        private readonly ulong[] _found;
        private readonly int _rowLength;

        private TurnPieces(int turns, int pieces)
        {
            _rowLength = (pieces + 63) >> 6;
            _found = new ulong[turns * _rowLength];
            Distinct = new int[turns];
        }

        public int[] Distinct { get; }

        public double AverageDistinct => Distinct.Average();

        public ReadOnlySpan<ulong> Found(int turn) => _found.AsSpan(turn * _rowLength, _rowLength);

        public static TurnPieces Read(IEnumerable<Turn> turns, WantedPieces wanted, Func<Paragraph, IReadOnlyList<Glossary.TermMatch>> matchesIn)
        {
            var list = turns as IReadOnlyList<Turn> ?? [.. turns];
            var read = new TurnPieces(list.Count, wanted.Count);
            // One set of each kind for all the turns, emptied between them.
            var seen = new DistinctKeys();
            foreach (var (key, piece) in wanted.Pairs)
            {
                seen.Want(key, piece);
            }

            var words = wanted.Words;
            var terms = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < list.Count; index++)
            {
                var sink = new Sink(words, seen, read._found, index * read._rowLength);
                seen.Clear();
                terms.Clear();
                foreach (var paragraph in list[index].Paragraphs)
                {
                    HighlightTokens.Visit(paragraph.Text, ref sink);
                    foreach (var match in matchesIn(paragraph))
                    {
                        if (terms.Add(match.TermId) && wanted.TryGetTerm(match.TermId, out var piece))
                        {
                            sink.Mark(piece);
                        }
                    }
                }

                read.Distinct[index] = seen.Count + terms.Count;
            }

            return read;
        }

        /// <summary>Counts a turn's pieces and marks, in its row, those the highlights want.</summary>
        private readonly struct Sink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, DistinctKeys seen, ulong[] found, int row) : HighlightTokens.ISink
        {
            public void Pair(System.Text.Rune first, System.Text.Rune second)
            {
                if (seen.Add(HighlightTokens.PairKey(first, second)) is var piece and >= 0)
                {
                    Mark(piece);
                }
            }

            public void Word(ReadOnlySpan<char> word)
            {
                // The top bit is never set in a pair's key (code points have 21 bits): a word is never taken for a
                // wanted pair. Wanted words are looked up by their text.
                seen.Add(Fnv1a(word) | 1UL << 63);
                if (words.TryGetValue(word, out var piece))
                {
                    Mark(piece);
                }
            }

            public void Mark(int piece) => found[row + (piece >> 6)] |= 1UL << (piece & 63);
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

    /// <summary>How telling each piece is: ln(1 + turns / turns that have it), as in tf-idf; NaN for a piece no turn has.</summary>
    private static double[] Rarity(TurnPieces turns, int pieces)
    {
        var counts = new int[pieces];
        for (var turn = 0; turn < turns.Distinct.Length; turn++)
        {
            var row = turns.Found(turn);
            for (var word = 0; word < row.Length; word++)
            {
                for (var bits = row[word]; bits != 0; bits &= bits - 1)
                {
                    counts[(word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                }
            }
        }

        return [.. counts.Select(count => count == 0 ? double.NaN : Math.Log(1 + (double)turns.Distinct.Length / count))];
    }

    /// <summary>
    /// The weighted share of the highlight's pieces found in the turn, text pieces and glossary terms each counting
    /// half: a shared term (a concept) is worth as much as all the shared wording.
    /// </summary>
    private static double Score(int[] wanted, ReadOnlySpan<ulong> turn, double[] rarity, WantedPieces pieces)
    {
        double text = 0, textTotal = 0, terms = 0, termsTotal = 0;
        foreach (var piece in wanted)
        {
            var weight = rarity[piece];
            if (double.IsNaN(weight))
            {
                continue;
            }

            var found = (turn[piece >> 6] & 1UL << (piece & 63)) != 0 ? weight : 0;
            if (pieces.IsTerm(piece))
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
