namespace Site.Transcripts.Readers;

/// <summary>
/// "Collect a WebVTT timestamp" of the W3C WebVTT spec (§ 6.3): <c>mm:ss.ttt</c> or <c>hh:mm:ss.ttt</c>, hours any
/// number of digits, minutes and seconds two digits below 60, exactly three digits of milliseconds.
/// </summary>
internal static class WebVttTimestamp
{
    /// <summary>Reads a timestamp at <paramref name="position"/>, moving it past; null (position anywhere) on failure.</summary>
    public static double? Collect(ReadOnlySpan<char> input, ref int position)
    {
        var hoursFirst = false;
        if (position >= input.Length || !char.IsAsciiDigit(input[position]))
        {
            return null;
        }

        var start = position;
        var value1 = Digits(input, ref position);
        if (value1 is null)
        {
            return null;
        }

        if (position - start != 2 || value1 > 59)
        {
            hoursFirst = true;
        }

        if (position >= input.Length || input[position] != ':')
        {
            return null;
        }

        position++;
        var value2 = TwoDigits(input, ref position);
        long? value3;
        if (hoursFirst || (position < input.Length && input[position] == ':'))
        {
            if (position >= input.Length || input[position] != ':')
            {
                return null;
            }

            position++;
            value3 = TwoDigits(input, ref position);
        }
        else
        {
            value3 = value2;
            value2 = value1;
            value1 = 0;
        }

        if (value2 is null || value3 is null || position >= input.Length || input[position] != '.')
        {
            return null;
        }

        position++;
        start = position;
        var value4 = Digits(input, ref position);
        if (value4 is null || position - start != 3 || value2 > 59 || value3 > 59)
        {
            return null;
        }

        return (value1.Value * 3600) + (value2.Value * 60) + value3.Value + (value4.Value / 1000.0);
    }

    /// <summary>
    /// A time some tools write where WebVTT wants a timestamp, read as written: seconds alone (<c>0.860</c>, Podnews),
    /// minutes of one digit (<c>1:02.340</c>), components without their zeros (<c>0:0:0.570</c>, early Teams), one to
    /// three fraction digits, SRT's <c>,</c> for the <c>.</c>. The spec's parser rejects these and drops the cue; the
    /// reader takes them (and says so once) because their meaning is not in doubt. Null when not such a time.
    /// </summary>
    public static double? CollectLoose(ReadOnlySpan<char> input, ref int position)
    {
        var start = position;
        while (position < input.Length && (char.IsAsciiDigit(input[position]) || input[position] is ':' or '.' or ','))
        {
            position++;
        }

        // A clock time as people write it (sidecar chapter times read the same), with SRT's comma, to the millisecond.
        var written = input[start..position].ToString().Replace(',', '.');
        var fraction = written.IndexOf('.', StringComparison.Ordinal);
        var leading = written.IndexOfAny([':', '.']) is var end and >= 0 ? end : written.Length;
        // As for the spec's timestamps (Digits): ten digits are already past any recording.
        return leading > 10 || (fraction >= 0 && written.Length - fraction - 1 > 3) ? null : ClockTime.Parse(written);
    }

    /// <summary>The whole of <paramref name="text"/> as one timestamp (an inline <c>&lt;00:00:01.250&gt;</c> tag).</summary>
    public static double? ParseWhole(ReadOnlySpan<char> text)
    {
        var position = 0;
        var value = Collect(text, ref position);
        return position == text.Length ? value : null;
    }

    private static long? TwoDigits(ReadOnlySpan<char> input, ref int position)
    {
        var start = position;
        var value = Digits(input, ref position);
        return position - start == 2 ? value : null;
    }

    private static long? Digits(ReadOnlySpan<char> input, ref int position)
    {
        var start = position;
        var value = 0L;
        while (position < input.Length && char.IsAsciiDigit(input[position]))
        {
            // Past ten digits the value is not used, so it may wrap.
            value = unchecked((value * 10) + (input[position] - '0'));
            position++;
        }

        // Ten digits of hours are already past any recording; more would overflow.
        return position == start || position - start > 10 ? null : value;
    }
}
