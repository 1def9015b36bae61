using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Transcripts;

/// <summary>
/// Value checks of front matter and sidecars that only transcripts need (keys and URLs are checked by the shared
/// <see cref="Site.Yaml.KeySuggestion"/> and <see cref="Site.Urls.SafeUrl"/>).
/// </summary>
internal static partial class FrontMatterChecks
{
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

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex IsoDate();
}
