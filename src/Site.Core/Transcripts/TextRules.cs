using System.Globalization;
using System.Text;

namespace Site.Transcripts;

/// <summary>Character-level rules shared by the transcript rules: scripts, punctuation, name shapes.</summary>
internal static class TextRules
{
    private static readonly System.Buffers.SearchValues<char> ClosingPunctuation = System.Buffers.SearchValues.Create(".,!?;:…)」。，");

    /// <summary>
    /// Appends <paramref name="line"/> to text that flows on, as caption lines and cue boundaries are wrapping: after a
    /// space, or after nothing between CJK characters, or before punctuation that per-word segments write as a segment
    /// of its own (<c>father</c> <c>,</c> joins as <c>father,</c>). Returns where the line starts in the text.
    /// </summary>
    public static int AppendWrapped(StringBuilder text, string line)
    {
        if (text.Length > 0 && line.Length > 0 &&
            !(IsWideText(text[^1]) && IsWideText(line[0])) && line.AsSpan().ContainsAnyExcept(ClosingPunctuation))
        {
            text.Append(' ');
        }

        var offset = text.Length;
        text.Append(line);
        return offset;
    }

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

    /// <summary>A line of a file as a diagnostic quotes it: its first line, trimmed, cut at 60 characters.</summary>
    public static string Quote(string text)
    {
        var first = text.AsSpan();
        first = first[..(first.IndexOf('\n') is var end and >= 0 ? end : first.Length)].Trim();
        return first.Length > 60 ? string.Concat(first[..60], "…") : first.ToString();
    }

    public static bool ContainsCjk(string text) => ContainsCjk(text.AsSpan());

    public static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// CJK characters and CJK punctuation (<c>。、「」</c>, full-width <c>，！？：</c>): text written without spaces, so
    /// lines that wrap between two of them join with nothing between.
    /// </summary>
    public static bool IsWideText(char c) => IsCjk(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

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
    /// three words besides name particles such as <c>de</c>, <c>van</c>, <c>bin</c>; 24 characters, 32 with particles), with
    /// a letter, and without sentence punctuation or quotes.
    /// </summary>
    public static bool IsNameLike(string text) => IsNameLike(text.AsSpan());

    /// <inheritdoc cref="IsNameLike(string)"/>
    public static bool IsNameLike(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 32 || !HasLetter(text) || HasProsePunctuation(text))
        {
            return false;
        }

        var words = 0;
        var particles = 0;
        foreach (var range in text.SplitAny(" \t\u3000\u00A0"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (words > 0 && IsNameParticle(word))
            {
                particles++;
            }
            else
            {
                words++;
            }
        }

        return words <= 3 && (text.Length <= 24 || particles > 0);
    }

    /// <summary>
    /// Lower-case words inside Latin names (<c>Maria Jose de la Cruz</c>, <c>Ludwig van Beethoven</c>,
    /// <c>Mohammed bin Salman</c>); <c>al-</c> and <c>el-</c> joined to the next word count as part of it.
    /// </summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "la", "le", "del", "della", "dela", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "do",
        "bin", "binti", "ibn", "bint", "al", "el", "y", "e", "ten", "ter", "zu", "af", "av", "st.",
    };

    /// <summary>
    /// Whether text is shaped like a person's name: CJK without spaces (at most six characters, <c>·</c> allowed), or
    /// one to three capitalised Latin words with name particles between them (<c>Maria Jose de la Cruz</c>,
    /// <c>Seán O'Brien</c>, <c>Omar al-Farouq</c>).
    /// </summary>
    public static bool IsPersonName(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        if (IsCjk(text[0]))
        {
            foreach (var c in text)
            {
                if (!IsCjk(c) && c is not ('·' or '・'))
                {
                    return false;
                }
            }

            return text.Length <= 6;
        }

        var capitalised = 0;
        var last = false;
        foreach (var range in text.SplitAny(" \t\u00A0"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            last = false;
            if (capitalised > 0 && IsNameParticle(word))
            {
                continue;
            }

            if (!IsCapitalisedName(word))
            {
                return false;
            }

            capitalised++;
            last = true;
        }

        return capitalised is >= 1 and <= 3 && last;
    }

    private static bool IsCapitalisedName(ReadOnlySpan<char> word)
    {
        // "al-Farouq" and "d'Alembert": a particle joined to the name.
        var dash = word.IndexOfAny('-', '\'');
        if (dash is 1 or 2 && dash + 1 < word.Length && char.IsLower(word[0]) && IsNameParticle(word[..dash]) || (dash == 1 && word[0] == 'd'))
        {
            word = word[(dash + 1)..];
        }

        // "J." and "Jr." are parts of names; "Welcome." ends a sentence.
        if (word.IsEmpty || !char.IsUpper(word[0]) || (word[^1] == '.' && word.Length > 3))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return true;
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
