using System.Globalization;
using System.Text;
using AnyAscii;

namespace Site.Transcripts;

/// <summary>
/// Readable ASCII slugs for names and file names in any script, through AnyAscii's tables (stable: they ship with the
/// pinned package). Letters are transliterated (<c>José García</c> gives <c>jose-garcia</c>, <c>访谈</c> gives
/// <c>fang-tan</c>); anything else (emoji, symbols) is a separator, so a name of emoji alone has no slug.
/// </summary>
internal static class Transliteration
{
    // Two-character family names: 欧阳修 is ouyang-xiu, not ou-yangxiu.
    private static readonly HashSet<string> CompoundFamilyNames = new(StringComparer.Ordinal)
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙", "宇文", "轩辕", "端木", "独孤", "南宫", "西门",
    };

    /// <summary>
    /// A person's name: a Chinese name of two to four characters is family name, hyphen, given name joined
    /// (<c>鲁为民</c> gives <c>lu-weimin</c>); other names give one word per word or character.
    /// </summary>
    public static string NameSlug(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is >= 2 and <= 4 && trimmed.All(IsHan))
        {
            var family = trimmed.Length > 2 && CompoundFamilyNames.Contains(trimmed[..2]) ? 2 : 1;
            var given = string.Concat(trimmed[family..].Select(c => c.ToString().Transliterate()));
            return TextRules.Slugify(Syllables(trimmed[..family]).Replace(" ", string.Empty, StringComparison.Ordinal) + " " + given);
        }

        return TextSlug(trimmed);
    }

    /// <summary>Any text, each CJK character a syllable of its own: <c>访谈记录</c> gives <c>fang-tan-ji-lu</c>.</summary>
    public static string TextSlug(string text) => TextRules.Slugify(Syllables(text));

    private static string Syllables(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            if (char.IsAscii(element[0]))
            {
                builder.Append(element);
            }
            else if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber)
            {
                var ascii = element.Transliterate();
                builder.Append(TextRules.IsCjk(element[0]) ? $" {ascii} " : ascii);
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
