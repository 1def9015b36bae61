using System.Text;
using Site.Transcripts.Charts;

namespace Site.Transcripts.Highlights;

/// <summary>
/// The pieces of text two passages can share: pairs of adjacent CJK characters, and lowercased words of other scripts.
/// Character bigrams rather than jieba.NET words: a highlight restates a turn in other words, and bigrams match a
/// shared term however a dictionary would cut it (计算资源 and 资源 share 资源), with no dictionary to load per build.
/// </summary>
internal static class HighlightTokens
{
    /// <summary>Receives each piece of a text: a pair as its two characters, a word in a buffer reused for the next one.</summary>
    public interface ISink
    {
        void Pair(Rune first, Rune second);

        void Word(ReadOnlySpan<char> word);
    }

    /// <summary>A pair as one number (both code points side by side): pairs are compared and counted without a string.</summary>
    public static ulong PairKey(Rune first, Rune second) => (ulong)(uint)first.Value << 32 | (uint)second.Value;

    /// <summary>
    /// Every piece of a text, repeats included, without a string per piece. The sink is a struct passed by reference, so
    /// each piece is a direct call rather than a delegate's.
    /// </summary>
    public static void Visit<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        Span<char> word = stackalloc char[64];
        var length = 0;
        Rune previous = default;
        foreach (var rune in text.EnumerateRunes())
        {
            if (WordCount.IsWide(rune))
            {
                EndWord(word, ref length, ref sink);
                if (previous.Value != 0)
                {
                    sink.Pair(previous, rune);
                }

                previous = rune;
                continue;
            }

            previous = default;
            if (Rune.IsLetterOrDigit(rune))
            {
                if (length + 2 > word.Length)
                {
                    var longer = new char[word.Length * 2];
                    word.CopyTo(longer);
                    word = longer;
                }

                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(word[length..]);
            }
            else
            {
                EndWord(word, ref length, ref sink);
            }
        }

        EndWord(word, ref length, ref sink);
    }

    private static void EndWord<TSink>(ReadOnlySpan<char> word, ref int length, ref TSink sink)
        where TSink : struct, ISink
    {
        // One letter or digit says nothing about a topic ("a", "5").
        if (length > 1)
        {
            sink.Word(word[..length]);
        }

        length = 0;
    }
}
