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
    /// <summary>Receives each piece of a text, in a buffer that is reused for the next one.</summary>
    public delegate void Sink(ReadOnlySpan<char> piece);

    /// <summary>The distinct pieces of a text, as strings (for the few highlights; turns are read with <see cref="Visit"/>).</summary>
    public static HashSet<string> Of(string text, HashSet<string>? into = null)
    {
        var tokens = into ?? new HashSet<string>(StringComparer.Ordinal);
        Visit(text, piece => tokens.Add(piece.ToString()));
        return tokens;
    }

    /// <summary>Every piece of a text, repeats included, without a string per piece.</summary>
    public static void Visit(string text, Sink sink)
    {
        Span<char> pair = stackalloc char[4];
        var word = new char[64];
        var length = 0;
        Rune previous = default;
        foreach (var rune in text.EnumerateRunes())
        {
            if (WordCount.IsWide(rune))
            {
                EndWord(word, ref length, sink);
                if (previous.Value != 0)
                {
                    var first = previous.EncodeToUtf16(pair);
                    sink(pair[..(first + rune.EncodeToUtf16(pair[first..]))]);
                }

                previous = rune;
                continue;
            }

            previous = default;
            if (Rune.IsLetterOrDigit(rune))
            {
                if (length + 2 > word.Length)
                {
                    Array.Resize(ref word, word.Length * 2);
                }

                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(word.AsSpan(length));
            }
            else
            {
                EndWord(word, ref length, sink);
            }
        }

        EndWord(word, ref length, sink);
    }

    private static void EndWord(char[] word, ref int length, Sink sink)
    {
        // One letter or digit says nothing about a topic ("a", "5").
        if (length > 1)
        {
            sink(word.AsSpan(0, length));
        }

        length = 0;
    }
}
