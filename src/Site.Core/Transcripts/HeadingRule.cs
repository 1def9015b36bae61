using System.Text.RegularExpressions;

namespace Site.Transcripts;

/// <summary>How a heading is numbered. Bare numbers need more evidence than a heading with a keyword.</summary>
internal enum HeadingStyle
{
    /// <summary><c># Title</c>, <c>Part 1: Title</c>, <c>第一部分 Title</c>: unmistakable on their own.</summary>
    Keyword,

    /// <summary><c>01 Title</c>, <c>1. Title</c>: could also be a list item or a sentence inside a turn.</summary>
    Digits,

    /// <summary><c>一、Title</c>: could also be a list item inside a turn.</summary>
    CjkNumeral,
}

internal readonly record struct HeadingMatch(string Title, HeadingStyle Style, int Number);

/// <summary>A Markdown heading that may be a speaker's label: the name, the heading's level and the time written with it.</summary>
internal readonly record struct NameHeadingMatch(string Name, int Level, double? Start);

/// <summary>
/// Recognises section headings by shape. A heading is a line of its own whose title is short (at most 80
/// characters) and does not end like a sentence (only ? and ？ are allowed; a Markdown heading's closing colon, as in
/// <c>### Transcript:</c>, is left out of its title), and whose number is followed by
/// whitespace or heading punctuation, so <c>2024年...</c>, <c>1000张图片</c>, <c>3.5 is...</c> and <c>10:30</c> are not
/// headings. The checks that need context (numbering in sequence, a speaker right after) are in
/// <see cref="TurnAssembler"/>.
/// </summary>
internal static partial class HeadingRule
{
    private const int MaxTitleLength = 80;

    /// <summary>
    /// The name in a Markdown heading that is only a name or numbered voice (<c>#### Zac</c>), or a name and the time
    /// the speaker starts (<c>## [00:00:00] SPEAKER_00</c>, <c>##### [00:00:12] - Ry</c>, <c>### Kyle (00:02:16)</c>), as
    /// podcasts and transcription scripts write a speaker above their paragraph; whether it is a speaker or a section
    /// (<c>## Opening (0:00)</c>) is for the file to say (<see cref="SpeakerDiscovery"/>).
    /// </summary>
    public static NameHeadingMatch? NameHeading(string line)
    {
        if (!line.StartsWith('#') || MarkdownHeading().Match(line) is not { Success: true } markdown || markdown.Groups["title"].Value is not { Length: > 0 } title)
        {
            return null;
        }

        var level = line.AsSpan().IndexOfAnyExcept('#');
        if (TurnPrefix.IsBareLabel(title) && TextRules.IsNameLike(title))
        {
            return new NameHeadingMatch(title, level, null);
        }

        return StampedName(title) is { } stamped ? stamped with { Level = level } : null;
    }

    /// <summary>A name and a stamp before it (a separator such as <c>-</c> between them) or after it, and nothing else.</summary>
    private static NameHeadingMatch? StampedName(string title)
    {
        var text = title.AsSpan();
        ReadOnlySpan<char> name;
        StampMatch stamp;
        if (TimeStamp.At(text, 0) is { Start: 0 } lead && lead.End < text.Length && (lead.Bracketed || char.IsWhiteSpace(text[lead.End])))
        {
            stamp = lead;
            name = text[lead.End..].Trim();
            if (name.Length > 1 && name[0] is '-' or '–' or '—' or '|' or ':' && char.IsWhiteSpace(name[1]))
            {
                name = name[1..].TrimStart();
            }
        }
        else if (TimeStamp.AtEnd(text) is { Start: > 0 } trailing)
        {
            stamp = trailing;
            name = text[..trailing.Start].TrimEnd().TrimEnd("-–—|·").TrimEnd();
        }
        else
        {
            return null;
        }

        return name.IsEmpty || !TextRules.IsNameLike(name) || TimeStamp.AtEnd(name) is not null || name.ContainsAny(NotInName)
            ? null
            : new NameHeadingMatch(name.ToString(), 0, stamp.Seconds);
    }

    public static HeadingMatch? Match(string line)
    {
        if (MarkdownHeading().Match(line) is { Success: true } markdown)
        {
            if (TurnPrefix.IsLabelHeading(line))
            {
                // "### Bryan Robinson  0:01": an Otter export dressed as Markdown; every turn would be a section.
                return null;
            }

            // "### Transcript:" introduces what follows as a heading does: its colon is no sentence's end.
            return Accept(markdown.Groups["title"].Value.TrimEnd().TrimEnd(':').TrimEnd('：'), line, HeadingStyle.Keyword, 0);
        }

        if (PartHeading().Match(line) is { Success: true } part)
        {
            return Accept(part.Groups["title"].Value, line, HeadingStyle.Keyword, Numerals.Parse(part.Groups["number"].Value));
        }

        if (ChapterHeading().Match(line) is { Success: true } chapter)
        {
            return Accept(chapter.Groups["title"].Value, line, HeadingStyle.Keyword, Numerals.Parse(chapter.Groups["number"].Value));
        }

        if (DigitHeading().Match(line) is { Success: true } digits)
        {
            return Accept(digits.Groups["title"].Value, null, HeadingStyle.Digits, Numerals.Parse(digits.Groups["number"].Value));
        }

        if (CjkHeading().Match(line) is { Success: true } cjk)
        {
            return Accept(cjk.Groups["title"].Value, null, HeadingStyle.CjkNumeral, Numerals.Parse(cjk.Groups["number"].Value));
        }

        return null;
    }

    /// <summary>True for a line shaped as a heading's title: short, and not ending as a sentence does.</summary>
    public static bool IsTitle(string line) => Accept(line, null, HeadingStyle.Keyword, 0) is not null;

    /// <summary>True for a line that numbers an episode or issue (<c>第10期 ...</c>, <c>第3集</c>, <c>Episode 12: ...</c>).</summary>
    public static bool IsEpisodeLine(string line) => EpisodeLine().IsMatch(line);

    /// <summary>Title checks common to every style; a keyword heading without a title uses the whole line.</summary>
    private static HeadingMatch? Accept(string title, string? wholeLine, HeadingStyle style, int number)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            if (wholeLine is null)
            {
                return null;
            }

            title = wholeLine.TrimStart('#').Trim();
        }

        if (title.Length == 0 || TextRules.TextLength(title) > MaxTitleLength || TextRules.EndsSentence(title[^1]))
        {
            return null;
        }

        return new HeadingMatch(title, style, number);
    }

    // Brackets and emphasis mark a note or a link after the time ("[00:02:21](https://...)", "Lenny (Sponsor)"), not a name.
    private static readonly System.Buffers.SearchValues<char> NotInName = System.Buffers.SearchValues.Create("()[]（）【】*`");

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<title>.*?)[ \t]*#*$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:part|section|chapter|segment|episode)[ \t]+(?<number>\d{1,3}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=$|[\s:：.．\-–—、])[\s:：.．\-–—、]*(?<title>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^第[ \t]*(?<number>[一二三四五六七八九十百零〇两]{1,4}|\d{1,3})[ \t]*(?:部分|章|节|篇|讲|幕|回|场|集|期|部)(?=$|[\s:：.．、])[\s:：.．、]*(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^(?:第[ \t]*(?:[一二三四五六七八九十百零〇两]{1,4}|\d{1,4})[ \t]*[期集]|(?:episode|ep\.?|issue)[ \t]*#?\d{1,4})(?=$|[\s:：.．、|\-–—])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpisodeLine();

    // The separator must not be followed by a digit, which would make "3.5" or "10:30" a heading.
    [GeneratedRegex(@"^(?<number>\d{1,2})(?:[ \t\u00A0\u3000]+|[.．、)）:：][ \t\u00A0\u3000]*)(?<title>[^\d\s].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitHeading();

    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]{1,3})(?:[、.．:：][ \t\u00A0\u3000]*|[ \t\u00A0\u3000]+)(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CjkHeading();
}
