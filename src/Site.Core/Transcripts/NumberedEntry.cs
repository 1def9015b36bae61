using System.Text.RegularExpressions;

namespace Site.Transcripts;

internal enum EntryMarker
{
    Circled,
    Digits,
    Bullet,
}

/// <summary>A list entry in a block: <c>①</c>, <c>1.</c>, <c>1)</c>, <c>(1)</c>, <c>1、</c>, <c>-</c>, <c>•</c>.</summary>
internal readonly record struct NumberedEntry(EntryMarker Marker, int Number, string Text);

internal static partial class NumberedEntries
{
    public static NumberedEntry? Match(string line)
    {
        var circled = CircledValue(line[0]);
        if (circled > 0)
        {
            var text = line[1..].TrimStart(' ', '\t', '\u00A0', '\u3000', '.', '、', '．');
            return text.Length > 0 ? new NumberedEntry(EntryMarker.Circled, circled, TextRules.TrimAll(text)) : null;
        }

        if (DigitEntry().Match(line) is { Success: true } digits)
        {
            return new NumberedEntry(EntryMarker.Digits, Numerals.Parse(digits.Groups["number"].Value), digits.Groups["text"].Value.Trim());
        }

        if (BulletEntry().Match(line) is { Success: true } bullet)
        {
            return new NumberedEntry(EntryMarker.Bullet, 0, bullet.Groups["text"].Value.Trim());
        }

        return null;
    }

    private static int CircledValue(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1, // ①..⑳
        >= '\u2776' and <= '\u277F' => c - '\u2776' + 1, // ❶..❿
        >= '\u2780' and <= '\u2789' => c - '\u2780' + 1, // ➀..➉
        >= '\u278A' and <= '\u2793' => c - '\u278A' + 1, // ➊..➓
        _ => 0,
    };

    // "1." "1)" "(1)" "1、" "（1）"; the separator must not be followed by a digit ("3.5" is a number, not an entry).
    [GeneratedRegex(@"^(?:[(（](?<number>\d{1,2})[)）]|(?<number>\d{1,2})[.．、)）])[ \t\u00A0\u3000]*(?<text>[^\d\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitEntry();

    [GeneratedRegex(@"^[-–—•·*▪●][ \t\u00A0\u3000]+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletEntry();
}
