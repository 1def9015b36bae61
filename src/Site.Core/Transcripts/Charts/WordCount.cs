using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>
/// How long a text is, counted the way readers count it: every CJK character is a word (Chinese is written without
/// spaces, and 字 is its unit of length), other scripts count runs of letters or digits between spaces. The one place
/// that counts words, for the charts, their accessible names and the reading time alike.
/// </summary>
/// <param name="Wide">CJK characters (Han, kana, Hangul).</param>
/// <param name="Words">Whitespace-separated words of other scripts.</param>
public readonly record struct WordCount(int Wide, int Words)
{
    public int Total => Wide + Words;

    public static WordCount operator +(WordCount left, WordCount right) => new(left.Wide + right.Wide, left.Words + right.Words);

    public static WordCount Of(string text)
    {
        int wide = 0, words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWide(rune))
            {
                wide++;
                inWord = false;
            }
            else if (Rune.IsWhiteSpace(rune) || (!Rune.IsLetterOrDigit(rune) && IsWidePunctuation(rune)))
            {
                inWord = false;
            }
            else if (!inWord && Rune.IsLetterOrDigit(rune))
            {
                // A word starts at its first letter or digit: a lone dash or quote between spaces is no word.
                words++;
                inWord = true;
            }
        }

        return new(wide, words);
    }

    public static WordCount Of(Turn turn)
    {
        var count = default(WordCount);
        foreach (var paragraph in turn.Paragraphs)
        {
            count += Of(paragraph.Text);
        }

        return count;
    }

    /// <summary>Han (with the extension planes), kana and Hangul syllables.</summary>
    /// <remarks>Inlined, with Latin text and punctuation answered by the first comparison: every character of every turn is asked.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWide(Rune rune) => rune.Value >= 0x3040 && rune.Value switch
    {
        >= 0x3040 and <= 0x30FF => true, // hiragana, katakana
        >= 0x3400 and <= 0x4DBF => true, // Han extension A
        >= 0x4E00 and <= 0x9FFF => true, // Han
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // Han compatibility
        >= 0x20000 and <= 0x3FFFF => true, // Han extensions B and later
        _ => false,
    };

    /// <summary>CJK punctuation (、。「」, fullwidth ，：) ends a Latin word as a space would: "Sora，它" is one word and one character.</summary>
    private static bool IsWidePunctuation(Rune rune) => rune.Value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF65;
}
