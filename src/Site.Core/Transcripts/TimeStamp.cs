namespace Site.Transcripts;

/// <summary>A time stamp found in a line: where it starts and ends, its value in seconds, and whether it was in brackets.</summary>
internal readonly record struct StampMatch(int Start, int End, double Seconds, bool Bracketed);

/// <summary>
/// Time stamps as transcription tools write them: <c>h:mm:ss</c>, <c>mm:ss</c> or <c>m:ss</c>, with optional
/// milliseconds after <c>.</c> or <c>,</c> (<c>00:01:05.250</c>, <c>1:05,5</c>), bare or in <c>[...]</c> / <c>(...)</c>.
/// </summary>
internal static class TimeStamp
{
    /// <summary>A stamp starting at <paramref name="from"/> (after optional spaces), or null.</summary>
    public static StampMatch? At(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        var open = i < text.Length ? text[i] : '\0';
        var bracketed = open is '[' or '(' or '（' or '【';
        if (bracketed)
        {
            i++;
        }

        var length = Value(text[i..], out var seconds);
        if (length == 0)
        {
            return null;
        }

        i += length;
        if (bracketed)
        {
            // "[00:01:12 - 00:01:28]", "[00:00:15 → 00:01:02]": a range in one bracket starts where its first time does.
            i += RangeEnd(text[i..]);
            if (i >= text.Length || text[i] != Closing(open))
            {
                return null;
            }

            i++;
        }

        return new StampMatch(start, i, seconds, bracketed);
    }

    /// <summary>The last stamp of <paramref name="text"/> when it ends the text (trailing spaces aside), or null.</summary>
    public static StampMatch? AtEnd(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        if (end == 0)
        {
            return null;
        }

        var bracketed = text[end - 1] is ']' or ')' or '）' or '】';
        var i = end - (bracketed ? 1 : 0) - 1;
        while (i >= 0 && (char.IsAsciiDigit(text[i]) || text[i] is ':' or '.' or ','))
        {
            i--;
        }

        if (bracketed && (i < 0 || text[i] is not ('[' or '(' or '（' or '【')))
        {
            return null;
        }

        var start = bracketed ? i : i + 1;
        if (start > 0 && !bracketed && !char.IsWhiteSpace(text[start - 1]))
        {
            return null;
        }

        return At(text[..end], start) is { } match && match.End == end && match.Start == start ? match : null;
    }

    /// <summary>
    /// A line that starts with a stamp and names no speaker: <c>[00:12:30] text</c>, or a stamp alone (bracketed or
    /// bare, or with a colon: <c>(00:02:06):</c>). A bare stamp before text (<c>10:30 was the time</c>) is prose, not a
    /// stamp.
    /// </summary>
    public static (double Seconds, string Text)? Leading(string line)
    {
        var text = line.AsSpan().Trim();
        if (At(text, 0) is not { Start: 0 } stamp)
        {
            return null;
        }

        var rest = text[stamp.End..].Trim();
        if (stamp.Bracketed && !rest.IsEmpty && rest[0] is ':' or '：')
        {
            // "(00:02:06):" alone: Rev's label for the same speaker going on, its colon no word of theirs.
            rest = rest[1..].TrimStart();
        }

        if (rest.IsEmpty || stamp.Bracketed)
        {
            return (stamp.Seconds, rest.ToString());
        }

        // "0:0:5.320 --> 0:0:9.840" alone, a cue's timing line as Teams writes its transcript in text.
        return RangeEnd(rest) == rest.Length ? (stamp.Seconds, string.Empty) : null;
    }

    /// <summary>
    /// The start of a range alone on its line, unbracketed (<c>0:0:5.320 --&gt; 0:0:9.840</c>, as Teams writes each
    /// cue's timing above the speaker's name), or null.
    /// </summary>
    public static double? RangeAlone(string line)
    {
        var text = line.AsSpan().Trim();
        if (At(text, 0) is not { Start: 0, Bracketed: false } stamp)
        {
            return null;
        }

        var rest = text[stamp.End..];
        return rest.Length > 0 && RangeEnd(rest) == rest.Length ? stamp.Seconds : null;
    }

    /// <summary>
    /// Length of the end of a range at the start of <paramref name="text"/> (<c> - 00:28</c>, <c> → 01:02</c>,
    /// <c>--&gt;00:28</c>), 0 if none: tools that write when a turn ends write it after its start.
    /// </summary>
    public static int RangeEnd(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var arrow = i;
        while (i < text.Length && text[i] is '-' or '–' or '—' or '>' or '→' or '~')
        {
            i++;
        }

        if (i == arrow || i - arrow > 3)
        {
            return 0;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var length = Value(text[i..], out _);
        return length == 0 ? 0 : i + length;
    }

    /// <summary>Length of an unbracketed stamp at the start of <paramref name="text"/> (0 if none) and its value.</summary>
    private static int Value(ReadOnlySpan<char> text, out double seconds)
    {
        seconds = 0;
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var i = 0;
        var oneDigit = false;
        while (count < 3)
        {
            var digits = 0;
            var value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
                digits++;
            }

            // The first field (hours or minutes) has one to three digits; the ones after it two, below 60 (one only in
            // Teams' "0:0:5.320", see below).
            if (digits == 0 || (count > 0 && (digits > 2 || value >= 60)))
            {
                return 0;
            }

            oneDigit |= count > 0 && digits == 1;

            parts[count++] = value;
            if (i < text.Length && text[i] == ':' && count < 3)
            {
                i++;
                continue;
            }

            break;
        }

        if (count < 2)
        {
            return 0;
        }

        var fraction = 0.0;
        var hasFraction = i + 1 < text.Length && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]);
        if (oneDigit && !(count == 3 && hasFraction))
        {
            // Teams writes "0:0:5.320", fields unpadded: only hours, minutes and seconds with a fraction are taken so,
            // never "1:5" or "3:2:1" in prose.
            return 0;
        }

        if (hasFraction)
        {
            var scale = 0.1;
            i++;
            for (var digits = 0; i < text.Length && char.IsAsciiDigit(text[i]) && digits < 3; i++, digits++)
            {
                fraction += (text[i] - '0') * scale;
                scale /= 10;
            }
        }

        // A stamp is a token of its own: "10:30am" or "1:2:3:4" is not one.
        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == ':'))
        {
            return 0;
        }

        seconds = count == 3 ? (parts[0] * 3600) + (parts[1] * 60) + parts[2] : (parts[0] * 60) + parts[1];
        seconds += Math.Round(fraction, 3);
        return i;
    }

    private static char Closing(char open) => open switch
    {
        '[' => ']',
        '(' => ')',
        '（' => '）',
        _ => '】',
    };
}
