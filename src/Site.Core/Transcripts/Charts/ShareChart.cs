using System.Globalization;
using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>
/// Who talked how much: a row per speaker with their name, a bar of their share of the words (thick) and of the turns
/// (thin), and both shares in words; the bars are decoration beside that text. A table of the same figures, folded in
/// a <c>&lt;details&gt;</c>, is the equivalent for those who read tables.
/// </summary>
public static class ShareChart
{
    public static string Render(Transcript transcript, IReadOnlyList<TalkShare> shares, string prefix, ChartText text)
    {
        if (shares.All(share => share.Turns == 0))
        {
            return string.Empty;
        }

        var html = new StringBuilder(2048);
        html.Append("<figure class=\"chart chart--share\" data-pagefind-ignore><figcaption>").AppendEscaped(text["chart_share"]).Append("</figcaption>\n");
        // The bars share one pattern definition: an SVG's defs are found by id from anywhere on the page.
        html.Append("<svg width=\"0\" height=\"0\" class=\"chart__defs\" aria-hidden=\"true\" focusable=\"false\">");
        ChartPatterns.AppendDefinitions(html, prefix, shares.Select(share => Fill(transcript, share.Speaker)));
        html.Append("</svg>\n<ul class=\"share\">\n");
        foreach (var share in shares)
        {
            var (accent, pattern) = Fill(transcript, share.Speaker);
            html.Append("<li><a class=\"share__name\" href=\"").AppendEscaped(text.Url(TranscriptUrls.Speaker(transcript, share.Speaker))).Append("\">")
                .AppendEscaped(TranscriptText.DisplayName(share.Speaker)).Append("</a>")
                .Append("<svg class=\"share__bars\" width=\"100%\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">")
                .Append("<rect width=\"").Append(ChartHtml.Percent(share.WordShare * 100)).Append("\" height=\"10\" fill=\"").Append(ChartPatterns.Fill(prefix, accent, pattern)).Append("\"/>")
                .Append("<rect y=\"12\" width=\"").Append(ChartHtml.Percent(share.TurnShare * 100)).Append("\" height=\"4\" class=\"").Append(accent).Append("\"/></svg>")
                .Append("<span class=\"share__value\">").AppendEscaped(text.Format("chart_share_row", ChartText.Share(share.WordShare), ChartText.Share(share.TurnShare))).Append("</span></li>\n");
        }

        html.Append("</ul>\n<details class=\"chart__data\"><summary>").AppendEscaped(text["chart_as_table"]).Append("</summary>\n<table>\n<thead><tr>");
        foreach (var header in (ReadOnlySpan<string>)["chart_speaker", "chart_words", "chart_word_share", "chart_turns", "chart_turn_share"])
        {
            html.Append("<th scope=\"col\">").AppendEscaped(text[header]).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var share in shares)
        {
            html.Append("<tr><th scope=\"row\">").AppendEscaped(TranscriptText.DisplayName(share.Speaker)).Append("</th><td>")
                .Append(share.Words.ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td>").AppendEscaped(ChartText.Share(share.WordShare)).Append("</td><td>")
                .Append(share.Turns.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").AppendEscaped(ChartText.Share(share.TurnShare)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></details></figure>\n");
        return html.ToString();
    }

    private static (string Accent, int Pattern) Fill(Transcript transcript, Speaker speaker) =>
        (SpeakerAccent.ClassOf(transcript, speaker.Slug), SpeakerAccent.PatternOf(transcript, speaker.Slug));
}
