using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Transcripts;

/// <summary>
/// Value checks of front matter and sidecars. Stand-ins until the shared ones land (Site.Yaml.KeySuggestion.Nearest,
/// Site.Urls.SafeUrl.Problem); kept private to transcripts so the swap is one file.
/// </summary>
internal static partial class FrontMatterChecks
{
    /// <summary>The known key closest to <paramref name="key"/> (edit distance at most 2, or a third of its length), or null.</summary>
    public static string? Nearest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    /// <summary>Why a <c>YYYY-MM-DD</c> date cannot exist, or null (other forms such as "Spring 2024" are left as written).</summary>
    public static string? ImpossibleDate(string date)
    {
        var match = IsoDate().Match(date.Trim());
        if (!match.Success)
        {
            return null;
        }

        return DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "is not a date of the calendar";
    }

    /// <summary>Why a URL must not become a link (a script or data scheme), or null for http(s), mailto and relative URLs.</summary>
    public static string? UrlProblem(string url)
    {
        // Browsers ignore tabs and line breaks inside a scheme ("java\tscript:"), and control characters lead it.
        var compact = new string(url.Where(c => !char.IsControl(c) && c != ' ').ToArray());
        var scheme = Scheme().Match(compact);
        if (!scheme.Success)
        {
            return null;
        }

        return scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto"
            ? null
            : $"uses the scheme '{scheme.Groups[1].Value}:', which would run or embed content instead of linking";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();
}
