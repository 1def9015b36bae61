using System.Globalization;

namespace Site.Transcripts.Readers;

/// <summary>Times people write by hand in sidecars: seconds (<c>95.5</c>) or a clock (<c>1:35</c>, <c>0:01:35.5</c>).</summary>
internal static class ClockTime
{
    public static double? Parse(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length > 3 || parts.Any(part => part.Length == 0))
        {
            return null;
        }

        double total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (!double.TryParse(parts[i], last ? NumberStyles.AllowDecimalPoint : NumberStyles.None, CultureInfo.InvariantCulture, out var value) ||
                (i > 0 && value >= 60))
            {
                return null;
            }

            total = (total * 60) + value;
        }

        return total;
    }
}
