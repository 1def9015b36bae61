using System.Globalization;

namespace Site.Transcripts;

/// <summary>Times of timed transcripts as pages and exports write them.</summary>
public static class TranscriptTimes
{
    /// <summary>Seconds for an attribute or a URL: invariant culture, shortest form that reads back (<c>27.5</c>, <c>0</c>).</summary>
    public static string Seconds(double seconds)
    {
        Span<char> text = stackalloc char[MaxSecondsLength];
        return new string(text[..WriteSeconds(text, seconds)]);
    }

    /// <summary>The most characters <see cref="WriteSeconds"/> writes (<c>R</c> of a double: sign, 17 digits, point, exponent).</summary>
    public const int MaxSecondsLength = 32;

    /// <summary>
    /// Writes <see cref="Seconds"/> into <paramref name="destination"/> (at least <see cref="MaxSecondsLength"/> long) and
    /// returns its length: pages write one for every cue. A time rounded to the millisecond is the double nearest a
    /// whole number of milliseconds, whose shortest round-trip form is that number with its zeros trimmed, so it is
    /// written as digits instead of through the general float formatter (a third of the cost of a cue's span).
    /// </summary>
    public static int WriteSeconds(Span<char> destination, double seconds)
    {
        var rounded = Math.Round(seconds, 3);
        // Below 1e9 a double's spacing is under 1e-7, far finer than a millisecond, so no shorter decimal reads back
        // as the same double; above (31 years), and for -0 and NaN, the formatter decides.
        if (!(rounded >= 0 && rounded < 1e9) || double.IsNegative(rounded))
        {
            rounded.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture);
            return written;
        }

        var thousandths = (long)Math.Round(rounded * 1000);
        var fraction = (int)(thousandths % 1000);
        (thousandths / 1000).TryFormat(destination, out var at, default, CultureInfo.InvariantCulture);
        if (fraction != 0)
        {
            destination[at++] = '.';
            for (var unit = 100; fraction != 0; unit /= 10)
            {
                destination[at++] = (char)('0' + (fraction / unit));
                fraction %= unit;
            }
        }

        return at;
    }

    /// <summary>A clock as readers see it: <c>1:02:03</c>, or <c>2:03</c> under an hour (whole seconds, rounded down).</summary>
    public static string Clock(double seconds)
    {
        var whole = (long)Math.Floor(Math.Max(0, seconds));
        var (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:D2}:{rest:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{rest:D2}");
    }

    /// <summary>The most characters <see cref="WriteStamp"/> writes (hours of a <see cref="long"/>).</summary>
    public const int MaxStampLength = 32;

    /// <summary><c>hh:mm:ss</c> followed by <paramref name="separator"/> and milliseconds (WebVTT <c>.</c>, SRT <c>,</c>), or none.</summary>
    public static string Stamp(double seconds, char? separator)
    {
        Span<char> stamp = stackalloc char[MaxStampLength];
        return new string(stamp[..WriteStamp(stamp, seconds, separator)]);
    }

    /// <summary>
    /// Writes <see cref="Stamp"/> into <paramref name="destination"/> (at least <see cref="MaxStampLength"/> long) and
    /// returns its length: exports write a stamp for every cue, straight into their text.
    /// </summary>
    public static int WriteStamp(Span<char> destination, double seconds, char? separator)
    {
        var milliseconds = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        if (separator is null)
        {
            milliseconds -= milliseconds % 1000;
        }

        var (hours, minutes, rest, fraction) = (milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000);
        hours.TryFormat(destination, out var at, "D2", CultureInfo.InvariantCulture);
        at += Two(destination[at..], ':', minutes);
        at += Two(destination[at..], ':', rest);
        if (separator is { } mark)
        {
            destination[at] = mark;
            destination[at + 1] = (char)('0' + (fraction / 100));
            destination[at + 2] = (char)('0' + (fraction / 10 % 10));
            destination[at + 3] = (char)('0' + (fraction % 10));
            at += 4;
        }

        return at;
    }

    private static int Two(Span<char> destination, char mark, long value)
    {
        destination[0] = mark;
        destination[1] = (char)('0' + (value / 10));
        destination[2] = (char)('0' + (value % 10));
        return 3;
    }
}
