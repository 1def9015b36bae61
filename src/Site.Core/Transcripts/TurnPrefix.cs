namespace Site.Transcripts;

/// <summary>
/// The speaker reference at the start of a paragraph, split into the prefix and what follows. <see cref="Start"/> is
/// the time stamp written with it, in seconds; <see cref="IsLabel"/> is set when a stamp or emphasis marks the prefix
/// as a speaker label (a layout of transcription tools), which prose never is.
/// </summary>
internal readonly record struct PrefixSplit(string Prefix, string Rest)
{
    public double? Start { get; init; }

    public bool IsLabel { get; init; }
}

/// <summary>
/// Reads the speaker part of a line. The forms: <c>Name: text</c> / <c>Name：text</c>; with a stamp before it
/// (<c>[00:01:05] Name: text</c>, <c>(01:05) Name:</c>, <c>00:01:05 Name:</c>) or inside it (<c>Name (00:04:12): text</c>,
/// <c>Name [00:04:12]: text</c>) or just after it (<c>Name: (00:07)</c>, as Rev writes it); a label line whose text
/// follows on the next lines (<c>Name  0:03</c> as Otter writes it, <c>Name (00:00:03):</c>); Markdown emphasis around
/// the name (<c>**Jane Doe:**</c>, <c>**Jane Doe**:</c>, <c>__Jane__:</c>, <c>**Jane** [0:18] text</c>,
/// <c>**(Jane)** text</c>, <c>**Jane Doe**</c> alone on its line); or a Markdown heading around a stamped label
/// (<c>### Bryan Robinson  0:01</c>). A name and a stamp alone make a label whose text follows, with a separator or a
/// range between or around them (<c>[00:00:00.00] - Speaker 1</c>, <c>Speaker 1 | 00:06</c>,
/// <c>Speaker 1 | 00:00 - 00:28</c>, <c>Speaker 1 [00:01:12 - 00:01:28]</c>) or without (<c>00:00:04 Speaker 2</c>).
/// The stamp never stays in the name or the text.
/// </summary>
internal static class TurnPrefix
{
    // Longer than any name with an alias in brackets ("Priya Natarajan (DataTalk)"); longer prefixes are prose.
    private const int MaxPrefixLength = 40;

    public static PrefixSplit? Split(string line) =>
        TrySplit(line, out var prefix, out var rest, out var start, out var label)
            ? new PrefixSplit(prefix.ToString(), rest.ToString()) { Start = start, IsLabel = label }
            : null;

    /// <summary>
    /// <see cref="Split(string)"/>, and Otter's label without times: a name alone with two spaces after it
    /// (<c>Unknown Speaker  </c>, <c>Speaker 2  </c>), the text on the lines below.
    /// </summary>
    public static PrefixSplit? Split(SourceLine line) =>
        Split(line.Text) ?? (line.WideEnd && IsBareLabel(line.Text) ? new PrefixSplit(line.Text, string.Empty) { IsLabel = true } : null);

    /// <summary>A name (<c>Unknown Speaker</c>) or a numbered voice (<c>Speaker 2</c>) that tools write alone as a label.</summary>
    public static bool IsBareLabel(ReadOnlySpan<char> text)
    {
        if (DescribedLabel.TrySplit(text, out _, out _))
        {
            // "TERRY GROSS, HOST:" alone above what the host said.
            return true;
        }

        var space = text.LastIndexOf(' ');
        var numbered = space > 0 && space < text.Length - 1 && text[(space + 1)..].ContainsAnyExceptInRange('0', '9') is false;
        return TextRules.IsPersonName(numbered ? text[..space] : text) && !TextRules.HasProsePunctuation(text);
    }

    /// <summary><see cref="Split(string)"/> without making strings: most lines with a colon are not turns, and some callers only ask.</summary>
    public static bool TrySplit(string line, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> rest) =>
        TrySplit(line, out prefix, out rest, out _, out _);

    public static bool TrySplit(string line, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> rest, out double? start, out bool label)
    {
        var text = line.AsSpan().Trim();
        if (TimeStamp.At(text, 0) is { Start: 0 } lead && lead.End < text.Length && (lead.Bracketed || char.IsWhiteSpace(text[lead.End])))
        {
            // "[00:01:05] Name: text": the stamp before a speaker is the turn's start.
            if (SplitHead(text[lead.End..].Trim(), out prefix, out rest, out start, out label))
            {
                start ??= lead.Seconds;
                label = true;
                return true;
            }

            // "[00:00:00.00] - Speaker 1" (Happy Scribe) or "00:00:00 Speaker 1" (Word's Transcribe) alone, the text on
            // the lines below. Without the dash it may be a stamped sentence ("[00:12:30] Okay"): no label, a name
            // only when it recurs (SpeakerDiscovery).
            var after = text[lead.End..].Trim();
            label = after.Length > 1 && after[0] is '-' or '–' or '—' or '|' && char.IsWhiteSpace(after[1]);
            prefix = label ? after[1..].Trim() : after;
            rest = default;
            start = lead.Seconds;
            return IsBareLabel(prefix) && IsPrefix(prefix, rest);
        }

        return SplitHead(text, out prefix, out rest, out start, out label);
    }

    private static bool SplitHead(ReadOnlySpan<char> text, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> rest, out double? start, out bool label)
    {
        prefix = rest = default;
        start = null;
        label = false;
        if (LabelInHeading(text) is { IsEmpty: false } heading)
        {
            return SplitHead(heading, out prefix, out rest, out start, out label);
        }

        if (text.Length > 2 && text[0] is '*' or '_' or '<')
        {
            if (SplitEmphasis(text, out prefix, out rest, out start, out label) && IsPrefix(prefix, rest))
            {
                return true;
            }

            // "* item: value" is a bullet, not emphasis: read as any other line.
            prefix = rest = default;
            start = null;
            label = false;
        }

        var colon = text.IndexOfAny(':', '：');
        if (colon <= 0)
        {
            return false;
        }

        if (StampBefore(text, colon) is { } stamp)
        {
            // The first colon is inside a time: "Name (00:04:12): text", "Name  0:03", or prose ("back at 10:30").
            var name = text[..stamp.Start].Trim();
            var after = text[stamp.End..].Trim();
            var separated = Separated(ref name);
            if (name.Length > 2 && name[0] == '[' && name[^1] == ']' && IsPrefix(name[1..^1].Trim(), default))
            {
                // "[Jane Doe] 10:15:32" above what she said, as Zoom saves a meeting's live transcript; its participants
                // are often named as a study or a class names them ("[G3P1]").
                name = name[1..^1].Trim();
                separated = true;
            }

            if (!after.IsEmpty && TimeStamp.RangeEnd(after) == after.Length)
            {
                // "Speaker 1 | 00:00 - 00:28": the end of the turn is no word of it.
                after = default;
                separated = true;
            }

            // "Jane Doe 0:03", and a numbered voice so ("SPEAKER 1 0:00:00", as whisper and pyannote notebooks write it).
            if (after.IsEmpty && (stamp.Bracketed || separated || IsWideGap(text[..stamp.Start]) || IsBareLabel(name)))
            {
                prefix = name;
                rest = after;
                start = stamp.Seconds;
                label = true;
                return IsPrefix(prefix, rest);
            }

            if (!after.IsEmpty && after[0] is ':' or '：')
            {
                prefix = name;
                rest = after[1..].Trim();
                start = stamp.Seconds;
                label = true;
                return IsPrefix(prefix, rest);
            }

            return false;
        }

        if (colon > MaxPrefixLength && !DescribedLabel.TrySplit(text[..colon].Trim(), out _, out _))
        {
            return false;
        }

        prefix = text[..colon].Trim();
        rest = text[(colon + 1)..].Trim();
        if (StampAfterColon(rest) is { } written)
        {
            // "Name: (00:07)" above the text, as Rev writes it: the stamp is the turn's start, not its first words. A
            // bare time after the colon is as often a value ("- Duration: 00:05:00" in a script's header): no label
            // then, a speaker only when it recurs.
            rest = rest[written.End..].Trim();
            start = written.Seconds;
            label = written.Bracketed;
        }

        return IsPrefix(prefix, rest);
    }

    /// <summary>A stamp opening the text after the colon: bracketed (<c>(00:07) text</c>) or alone (<c>00:07</c>).</summary>
    private static StampMatch? StampAfterColon(ReadOnlySpan<char> rest) =>
        TimeStamp.At(rest, 0) is { Start: 0 } stamp && (stamp.Bracketed || stamp.End == rest.Length) ? stamp : null;

    /// <summary>
    /// <c>**Jane Doe:** text</c>, <c>**Jane Doe**: text</c>, <c>*Jane*: text</c>, <c>**Jane** [0:18] text</c>,
    /// <c>**(Jane)** text</c>, <c>**Jane Doe**</c> alone, and the same in HTML emphasis (<c>&lt;u&gt;Jane:&lt;/u&gt;</c>).
    /// </summary>
    private static bool SplitEmphasis(ReadOnlySpan<char> text, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> rest, out double? start, out bool label)
    {
        prefix = rest = default;
        start = null;
        label = true;
        if (!Emphasised(text, out var inner, out var after))
        {
            return false;
        }

        inner = inner.Trim();
        after = after.Trim();
        if (!inner.IsEmpty && inner[^1] is ':' or '：')
        {
            inner = inner[..^1].TrimEnd();
        }
        else if (!after.IsEmpty && after[0] is ':' or '：')
        {
            after = after[1..].Trim();
        }
        else if (TimeStamp.At(after, 0) is { Start: 0 } stamp)
        {
            start = stamp.Seconds;
            after = after[stamp.End..].Trim();
            if (!after.IsEmpty && after[0] is ':' or '：')
            {
                after = after[1..].Trim();
            }
        }
        else if (inner.Length > 2 && inner[0] is '(' or '（' && inner[^1] is ')' or '）')
        {
            inner = inner[1..^1].Trim();
        }
        else if (!after.IsEmpty || !TextRules.IsPersonName(inner))
        {
            // Else "**Matt Yonkovit**" alone above what he said: Otter's label without times, made bold.
            return false;
        }

        if (TimeStamp.AtEnd(inner) is { Start: > 0 } inside)
        {
            start ??= inside.Seconds;
            inner = inner[..inside.Start].TrimEnd();
        }

        prefix = inner;
        rest = after;
        return true;
    }

    /// <summary>
    /// Splits <c>**inner** after</c> (<c>*</c>, <c>**</c>, <c>***</c>, <c>_</c>, <c>__</c>) or its HTML form, as pages
    /// published from word processors write it (<c>&lt;u&gt;inner&lt;/u&gt; after</c>; also <c>b</c>, <c>strong</c>,
    /// <c>i</c>, <c>em</c>).
    /// </summary>
    private static bool Emphasised(ReadOnlySpan<char> text, out ReadOnlySpan<char> inner, out ReadOnlySpan<char> after)
    {
        inner = after = default;
        var width = 0;
        ReadOnlySpan<char> closing;
        if (text[0] == '<')
        {
            var end = text.IndexOf('>');
            if (end < 2 || !IsEmphasisTag(text[1..end]))
            {
                return false;
            }

            width = end + 1;
            closing = string.Concat("</", text[1..end], ">");
        }
        else
        {
            while (width < text.Length && text[width] == text[0])
            {
                width++;
            }

            closing = width > 3 ? default : text[..width];
        }

        var close = closing.IsEmpty ? -1 : text[width..].IndexOf(closing, StringComparison.OrdinalIgnoreCase);
        if (close <= 0 || close > MaxPrefixLength)
        {
            return false;
        }

        inner = text.Slice(width, close);
        after = text[(width + close + closing.Length)..];
        return true;
    }

    private static bool IsEmphasisTag(ReadOnlySpan<char> name) =>
        name.Equals("b", StringComparison.OrdinalIgnoreCase) || name.Equals("strong", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("u", StringComparison.OrdinalIgnoreCase) || name.Equals("i", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("em", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a Markdown heading that is a tool's speaker label (<c>### Bryan Robinson  0:01</c>), not a section.</summary>
    public static bool IsLabelHeading(string line) => !LabelInHeading(line.AsSpan().Trim()).IsEmpty;

    /// <summary>
    /// The label inside a Markdown heading: a name and a stamp with Otter's wide gap between them, or with a colon after
    /// the stamp (<c>## Jane (00:01:05):</c>). A heading of a title and its time (<c>## Opening (0:00)</c>) stays a heading.
    /// </summary>
    private static ReadOnlySpan<char> LabelInHeading(ReadOnlySpan<char> text)
    {
        var level = 0;
        while (level < text.Length && text[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || level == text.Length || text[level] is not (' ' or '\t'))
        {
            return default;
        }

        var inner = text[level..].Trim();
        var colon = !inner.IsEmpty && inner[^1] is ':' or '：';
        if (TimeStamp.AtEnd(colon ? inner[..^1] : inner) is not { Start: > 0 } stamp || !(colon || IsWideGap(inner[..stamp.Start])))
        {
            return default;
        }

        return SplitHead(inner, out _, out var rest, out var start, out _) && rest.IsEmpty && start is not null ? inner : default;
    }

    /// <summary>The stamp that holds the colon at <paramref name="colon"/>, when one starts after some text before it.</summary>
    private static StampMatch? StampBefore(ReadOnlySpan<char> text, int colon)
    {
        var j = colon - 1;
        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
        }

        if (j == colon - 1 || j < 0)
        {
            return null;
        }

        var start = text[j] is '[' or '(' or '（' or '【' ? j : j + 1;
        if (start == 0 || (start == j + 1 && !char.IsWhiteSpace(text[j])))
        {
            return null;
        }

        return TimeStamp.At(text, start) is { } stamp && stamp.Start == start ? stamp : null;
    }

    /// <summary>Drops a separator that ends <paramref name="name"/> (<c>Speaker 1 |</c>, as Krisp writes it before the time).</summary>
    private static bool Separated(ref ReadOnlySpan<char> name)
    {
        if (name.Length < 3 || name[^1] is not ('|' or '-' or '–' or '—' or '·') || !char.IsWhiteSpace(name[^2]))
        {
            return false;
        }

        name = name[..^1].TrimEnd();
        return true;
    }

    // Otter puts two spaces between the name and the time; prose has one.
    private static bool IsWideGap(ReadOnlySpan<char> beforeStamp) =>
        beforeStamp.Length >= 2 && (beforeStamp[^1] == '\t' || (char.IsWhiteSpace(beforeStamp[^1]) && char.IsWhiteSpace(beforeStamp[^2])));

    // A list item ("- Duration: 3:24", "* Model: large-v3") is no one's name.
    private static bool IsPrefix(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest) =>
        !prefix.IsEmpty && TextRules.HasLetter(prefix) &&
        ((prefix.Length <= MaxPrefixLength && !TextRules.HasProsePunctuation(prefix)) || DescribedLabel.TrySplit(prefix, out _, out _)) &&
        !rest.StartsWith("//", StringComparison.Ordinal) &&
        !(prefix.Length > 1 && prefix[0] is '-' or '*' or '+' or '•' && char.IsWhiteSpace(prefix[1]));
}
