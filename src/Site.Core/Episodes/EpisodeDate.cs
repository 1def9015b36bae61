using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Episodes;

/// <summary>
/// When an episode was published: front matter or sidecar <c>date</c> (ISO 8601 / RFC 3339: <c>2026-11-06</c>,
/// <c>2026-11-06T18:30</c>, <c>2026-11-06T18:30:00+08:00</c>), else a date at the start of the file name
/// (<c>2026-11-06-title.txt</c>). A date without a zone is taken as UTC, so that a build gives the same feeds on
/// every machine.
/// </summary>
/// <param name="HasTime">False for a calendar date: pages show it without a time.</param>
public readonly partial record struct EpisodeDate(DateTimeOffset Value, bool HasTime)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
    ];

    /// <summary>The date as written in <c>date:</c>, strictly; null when it is not an ISO 8601 date or date-time.</summary>
    public static EpisodeDate? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new EpisodeDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), HasTime: false);
        }

        return DateTimeOffset.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? new EpisodeDate(moment, HasTime: true)
            : null;
    }

    /// <summary>The date at the start of a file name (<c>2026-11-06-title.txt</c>), or null.</summary>
    public static EpisodeDate? FromFileName(string path)
    {
        var match = FileNameDate().Match(Path.GetFileName(path));
        return match.Success ? Parse(match.Groups[1].Value) : null;
    }

    /// <summary>For <c>&lt;time datetime&gt;</c>: <c>2026-11-06</c>, or RFC 3339 with the zone as written.</summary>
    public string MachineText => HasTime
        ? Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 (Atom, JSON Feed): <c>2026-11-06T00:00:00Z</c> for a calendar date.</summary>
    public string Rfc3339 => Value.Offset == TimeSpan.Zero
        ? Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 writes it, with a four-digit year: <c>Fri, 06 Nov 2026 00:00:00 +0000</c>.</summary>
    public string Rfc822 => Value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Value.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?=[-_. ]|$)")]
    private static partial Regex FileNameDate();
}
