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
    public static HashSet<string> Of(string text, HashSet<string>? into = null)
    {
        var tokens = into ?? new HashSet<string>(StringComparer.Ordinal);
        Rune previous = default;
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (WordCount.IsWide(rune))
            {
                EndWord(word, tokens);
                if (previous.Value != 0)
                {
                    tokens.Add(string.Concat(previous.ToString(), rune.ToString()));
                }

                previous = rune;
                continue;
            }

            previous = default;
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                EndWord(word, tokens);
            }
        }

        EndWord(word, tokens);
        return tokens;
    }

    private static void EndWord(StringBuilder word, HashSet<string> tokens)
    {
        // One letter or digit says nothing about a topic ("a", "5").
        if (word.Length > 1)
        {
            tokens.Add(word.ToString());
        }

        word.Clear();
    }
}
