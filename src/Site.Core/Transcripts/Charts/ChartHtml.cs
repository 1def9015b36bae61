using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>Escaping for the charts' HTML: every name and label comes from the transcript, and is text.</summary>
internal static class ChartHtml
{
    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        foreach (var character in text)
        {
            _ = character switch
            {
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '&' => html.Append("&amp;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                '\0' => html.Append('\uFFFD'),
                _ => html.Append(character),
            };
        }

        return html;
    }

    /// <summary>A percentage of the chart's width with at most two decimals (compact, and exact enough for pixels).</summary>
    public static string Percent(double value) => Math.Round(value, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
