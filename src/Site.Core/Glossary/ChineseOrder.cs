using System.Runtime.InteropServices;

namespace Site.Glossary;

/// <summary>
/// Orders names the way a Chinese reader looks them up: by pinyin, Latin names by letter ignoring case, and gives
/// each name the A–Z letter it is filed under. The order is ICU's zh-CN collation, character by character: the rank
/// of each Han character was taken from ICU once (<c>tools/han-order.cs</c> writes <c>HanOrder.bin</c>), so a build
/// does not create ICU's zh-CN collator, which took about 45 ms: more than building a one-transcript site.
/// Within a name: symbols, then digits, then Han characters, then Latin letters, as in ICU.
/// </summary>
public static class ChineseOrder
{
    /// <summary>
    /// The first character (in pinyin order) of each pinyin initial letter: a Han character sorting between two of
    /// these is filed under the earlier one. I, U and V start no pinyin syllable.
    /// </summary>
    private const string LetterStarts = "吖八嚓咑妸发旮铪丌咔垃呣拏噢妑七呥仨他屲夕丫帀";
    private const string Letters = "ABCDEFGHJKLMNOPQRSTWXYZ";

    /// <summary>The base letter of each character from U+00C0 to U+00FF (a space when it is not a letter with one).</summary>
    private const string LatinBases = "aaaaaaaceeeeiiiidnooooo ouuuuyts" + "aaaaaaaceeeeiiiidnooooo ouuuuyty";

    /// <summary>The code point ranges of HanOrder.bin, in the order of the file.</summary>
    private static readonly (int First, int Last)[] RankedRanges = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)];

    private static readonly ushort[] HanRanks = LoadRanks();

    public static StringComparer Comparer { get; } = new PinyinComparer();

    /// <summary>The letter a name is filed under: its first Latin letter, or the pinyin initial of its first Han character; '#' otherwise.</summary>
    public static char LetterOf(string name)
    {
        var trimmed = name.TrimStart();
        if (trimmed.Length == 0)
        {
            return '#';
        }

        var first = trimmed[0];
        if (char.IsAsciiLetter(first))
        {
            return char.ToUpperInvariant(first);
        }

        var rank = RankOf(first);
        if (rank == 0)
        {
            return '#';
        }

        var letter = 'A';
        for (var i = 0; i < LetterStarts.Length; i++)
        {
            if (rank >= RankOf(LetterStarts[i]))
            {
                letter = Letters[i];
            }
        }

        return letter;
    }

    /// <summary>The pinyin rank of a Han character (1 and up), or 0 for any other character.</summary>
    private static int RankOf(char c)
    {
        var offset = 0;
        foreach (var (first, last) in RankedRanges)
        {
            if (c >= first && c <= last)
            {
                return HanRanks[offset + c - first];
            }

            offset += last - first + 1;
        }

        return 0;
    }

    /// <summary>Sorts first by kind (symbols, digits, Han, Latin, the rest), then within it.</summary>
    private static (int Kind, int Weight) KeyOf(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return (1, c);
        }

        if (RankOf(c) is var rank and > 0)
        {
            return (2, rank);
        }

        if (char.IsAsciiLetter(c))
        {
            return (3, char.ToLowerInvariant(c));
        }

        if (c is >= '\u00C0' and <= '\u00FF' && LatinBases[c - 0xC0] is var letter and not ' ')
        {
            return (3, letter); // é files with e, as in ICU (which tells them apart only at a lower level)
        }

        // Other letters (accented Latin, Greek, kana...) after Han; punctuation and symbols first.
        return char.IsLetter(c) || char.IsSurrogate(c) ? (4, c) : (0, c);
    }

    private static ushort[] LoadRanks()
    {
        using var stream = typeof(ChineseOrder).Assembly.GetManifestResourceStream("Site.Glossary.HanOrder.bin")
            ?? throw new InvalidOperationException("HanOrder.bin is not embedded in Site.Core");
        var ranks = new ushort[stream.Length / sizeof(ushort)];
        stream.ReadExactly(MemoryMarshal.AsBytes(ranks.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < ranks.Length; i++)
            {
                ranks[i] = (ushort)((ranks[i] >> 8) | (ranks[i] << 8));
            }
        }

        return ranks;
    }

    private sealed class PinyinComparer : StringComparer
    {
        public override int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            for (var i = 0; i < x.Length && i < y.Length; i++)
            {
                var order = KeyOf(x[i]).CompareTo(KeyOf(y[i]));
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Length.CompareTo(y.Length);
        }

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj)
        {
            var hash = default(HashCode);
            foreach (var c in obj)
            {
                hash.Add(KeyOf(c));
            }

            return hash.ToHashCode();
        }
    }
}
