using System.Globalization;
using System.Text;

namespace Site.Transcripts;

/// <summary>Character-level rules shared by the transcript rules: scripts, punctuation, name shapes.</summary>
internal static class TextRules
{
    /// <summary>Punctuation that ends a sentence; a heading or a title line never ends with one (except ? and ？).</summary>
    public static bool EndsSentence(char c) => c is '。' or '.' or '．' or '!' or '！' or ';' or '；' or ',' or '，' or '、' or ':' or '：' or '…';

    /// <summary>Punctuation that never appears in a name, so a prefix containing one is prose, not a speaker.</summary>
    public static bool IsProsePunctuation(char c) =>
        c is ',' or '，' or '。' or '!' or '！' or '?' or '？' or ';' or '；' or '“' or '”' or '"' or '、' or '…' or '《' or '》' or '<' or '>' or '=' or '/' or '\\';

    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasProsePunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsProsePunctuation(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCjk(char c) =>
        c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF');

    public static bool ContainsCjk(string text) => text.Any(IsCjk);

    /// <summary>Trim that also removes zero-width characters and stray BOMs that scraped pages carry.</summary>
    public static string TrimAll(string text) => text.Trim().Trim(InvisibleChars).Trim();

    /// <summary><see cref="TrimAll(string)"/> over a span: a line is made into a string only once it is trimmed.</summary>
    public static ReadOnlySpan<char> TrimAll(ReadOnlySpan<char> text) => text.Trim().Trim(Invisible).Trim();

    private const string Invisible = "\u200B\u200C\u200D\u2060\uFEFF";

    private static readonly char[] InvisibleChars = Invisible.ToCharArray();

    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A comparison key for names: NFKC folds full-width letters and brackets (<c>（</c> to <c>(</c>), whitespace is
    /// collapsed and case ignored, so <c>ＳＨＡＵＮ</c>, <c>shaun</c> and <c>Shaun</c> are one key.
    /// </summary>
    public static string Key(string text) => string.Join(' ', Words(Fold(text))).ToUpperInvariant();

    /// <summary>NFKC: full-width letters, digits and brackets become ASCII (<c>ＳＨＡＵＮ（x）</c> gives <c>SHAUN(x)</c>).</summary>
    public static string Fold(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised (decoded files never have one, but the API takes any string).
            return text;
        }
    }

    /// <summary>
    /// Whether a <c>X:</c> prefix looks like someone's name rather than the start of a sentence: short (at most
    /// three words, 24 characters), with a letter, and without sentence punctuation or quotes.
    /// </summary>
    public static bool IsNameLike(string text) => IsNameLike(text.AsSpan());

    /// <inheritdoc cref="IsNameLike(string)"/>
    public static bool IsNameLike(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 24 || !HasLetter(text) || HasProsePunctuation(text))
        {
            return false;
        }

        // At most three words, split at whitespace as Words does.
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words <= 3;
    }

    public static bool IsAsciiName(string text) => text.Length > 0 && text.All(char.IsAscii) && text.Any(char.IsLetterOrDigit);

    /// <summary>Lowercase ASCII letters and digits, other runs become one hyphen: <c>SHAUN.AGI</c> gives <c>shaun-agi</c>.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }

    public static int TextLength(string text) => new StringInfo(text).LengthInTextElements;
}
