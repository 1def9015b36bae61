using System.Globalization;

namespace Site.Transcripts;

/// <summary>Reads section and entry numbers written as digits, Chinese numerals, Roman numerals or English words.</summary>
internal static class Numerals
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The value, or 0 when the text is not a number this knows.</summary>
    public static int Parse(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var word = Array.FindIndex(Words, w => w.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (word >= 0)
        {
            return word;
        }

        return text.Any(TextRules.IsCjk) || text.Contains('〇', StringComparison.Ordinal) ? Chinese(text) : Roman(text);
    }

    /// <summary>Chinese numerals below 1000: 三, 十二, 二十, 一百零五.</summary>
    private static int Chinese(string text)
    {
        var total = 0;
        var digit = 0;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c is '〇')
            {
                d = 0;
            }
            else if (c is '两')
            {
                d = 2;
            }

            if (d >= 0)
            {
                digit = d;
            }
            else if (c is '十' or '百')
            {
                total += Math.Max(digit, 1) * (c is '十' ? 10 : 100);
                digit = 0;
            }
            else
            {
                return 0;
            }
        }

        return total + digit;
    }

    private static int Roman(string text)
    {
        var total = 0;
        var previous = 0;
        foreach (var c in text.ToUpperInvariant().Reverse())
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => -1 };
            if (value < 0)
            {
                return 0;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }
}
