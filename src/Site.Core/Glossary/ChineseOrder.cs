using System.Globalization;

namespace Site.Glossary;

/// <summary>
/// Orders names the way a Chinese reader looks them up: by pinyin (ICU's zh-CN collation), Latin names by letter,
/// and gives each name the A–Z letter it is filed under.
/// </summary>
public static class ChineseOrder
{
    /// <summary>
    /// The first character (in zh-CN collation) of each pinyin initial letter: a Han character sorting between two of
    /// these is filed under the earlier one. I, U and V start no pinyin syllable.
    /// </summary>
    private const string LetterStarts = "吖八嚓咑妸发旮铪丌咔垃呣拏噢妑七呥仨他屲夕丫帀";
    private const string Letters = "ABCDEFGHJKLMNOPQRSTWXYZ";

    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.IgnoreCase);

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

        if (first < 0x3400 || char.IsSurrogate(first))
        {
            return '#';
        }

        var letter = '#';
        for (var i = 0; i < LetterStarts.Length; i++)
        {
            if (Comparer.Compare(first.ToString(), LetterStarts[i].ToString()) >= 0)
            {
                letter = Letters[i];
            }
        }

        return letter == '#' ? 'A' : letter;
    }
}
