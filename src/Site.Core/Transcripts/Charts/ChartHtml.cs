using System.Buffers;
using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>Escaping for the charts' HTML: every name and label comes from the transcript, and is text.</summary>
internal static class ChartHtml
{
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'\0");

    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        // Runs of ordinary text are copied whole: the strips escape a label and a URL per turn.
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Special); next >= 0; next = rest.IndexOfAny(Special))
        {
            html.Append(rest[..next]).Append(rest[next] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\uFFFD",
            });
            rest = rest[(next + 1)..];
        }

        return html.Append(rest);
    }

    /// <summary>The text escaped, as <see cref="AppendEscaped"/> writes it; the same string when nothing needs escaping.</summary>
    public static string Escape(string text) => text.AsSpan().ContainsAny(Special) ? new StringBuilder(text.Length + 16).AppendEscaped(text).ToString() : text;

    /// <summary>A percentage of the chart's width with at most two decimals (compact, and exact enough for pixels).</summary>
    public static string Percent(double value) => new StringBuilder(8).AppendPercent(value).ToString();

    /// <summary>
    /// <see cref="Percent"/> written in place: what <c>Math.Round(value, 2).ToString("0.##")</c> gives, with a
    /// percent sign, without formatting a double (a strip has a mark per turn, each with two of these).
    /// </summary>
    public static StringBuilder AppendPercent(this StringBuilder html, double value)
    {
        // A value rounded to two decimals is a whole number of hundredths (its nearest double prints as exactly that).
        var hundredths = (long)Math.Round(Math.Round(value, 2) * 100);
        if (hundredths < 0)
        {
            html.Append('-');
            hundredths = -hundredths;
        }

        html.Append(hundredths / 100);
        var fraction = (int)(hundredths % 100);
        if (fraction != 0)
        {
            html.Append('.').Append((char)('0' + fraction / 10));
            if (fraction % 10 != 0)
            {
                html.Append((char)('0' + fraction % 10));
            }
        }

        return html.Append('%');
    }
}
