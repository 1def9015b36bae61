using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>
/// The conversation as a strip: one mark per turn, in order, in its speaker's colour and pattern, as wide as the turn
/// is long (or lasts, when timed). Each mark is a link to its turn named "何宜晖, 01:23, 212 字"; a list of the
/// same links in a <c>&lt;details&gt;</c> is its text equivalent.
/// </summary>
public static class ConversationStrip
{
    private const int Height = 28;

    // Every turn keeps at least this share of the width, so a two-word reply is still a mark one can see and click.
    private const double MinimumShare = 0.0025;

    /// <summary>
    /// The strip's HTML. <paramref name="href"/> gives a mark's link (a URL with the turn's id as fragment), or null for
    /// a mark drawn without a link, dimmed (another speaker's turn on a speaker page); <paramref name="prefix"/> keeps
    /// its pattern ids apart from other charts on the page.
    /// </summary>
    public static string Render(Transcript transcript, IReadOnlyList<TurnMark> marks, Func<TurnMark, string?> href, string prefix, string caption, ChartText text)
    {
        if (marks.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder(marks.Count * 140 + 1024);
        var note = text[marks[0].ByTime ? "chart_strip_by_time" : "chart_strip_by_length"];
        html.Append("<figure class=\"chart chart--strip\" data-pagefind-ignore><figcaption>").AppendEscaped(caption)
            .Append(" <span class=\"chart__note\">").AppendEscaped(note).Append("</span></figcaption>\n");
        html.Append("<svg class=\"strip\" width=\"100%\" height=\"").Append(Height).Append("\" role=\"group\" aria-label=\"").AppendEscaped(caption).Append("\">");
        var linked = marks.Select(mark => (Mark: mark, Href: href(mark))).ToList();
        ChartPatterns.AppendDefinitions(html, prefix, linked.Where(m => m.Href is not null).Select(m => Fill(transcript, m.Mark)));

        var widths = Widths(marks);
        var x = 0.0;
        var items = new StringBuilder();
        for (var index = 0; index < linked.Count; index++)
        {
            var (mark, url) = linked[index];
            var (accent, pattern) = Fill(transcript, mark);
            var geometry = $"x=\"{ChartHtml.Percent(x * 100)}\" width=\"{ChartHtml.Percent(widths[index] * 100)}\" height=\"{Height}\"";
            if (url is null)
            {
                html.Append("<rect ").Append(geometry).Append(" class=\"dim\"/>");
            }
            else
            {
                var label = text.TurnLabel(transcript, mark);
                html.Append("\n<a href=\"").AppendEscaped(url).Append("\" aria-label=\"").AppendEscaped(label).Append("\"><rect ")
                    .Append(geometry).Append(" fill=\"").Append(ChartPatterns.Fill(prefix, accent, pattern)).Append("\"/></a>");
                items.Append("<li><a href=\"").AppendEscaped(url).Append("\">").AppendEscaped(label).Append("</a></li>\n");
            }

            x += widths[index];
        }

        html.Append("</svg>\n");
        Legend(html, transcript, linked.Where(m => m.Href is not null).Select(m => m.Mark.Turn.SpeakerSlug).ToHashSet(StringComparer.Ordinal), prefix);
        html.Append("<details class=\"chart__data\"><summary>").AppendEscaped(text["chart_as_list"]).Append("</summary>\n<ol>\n")
            .Append(items).Append("</ol></details></figure>\n");
        return html.ToString();
    }

    /// <summary>The names of the speakers drawn, each with a sample of their fill: the strip is never read by colour alone.</summary>
    private static void Legend(StringBuilder html, Transcript transcript, HashSet<string> drawn, string prefix)
    {
        html.Append("<ul class=\"chart__legend\">");
        foreach (var speaker in transcript.Speakers.Where(speaker => drawn.Contains(speaker.Slug)))
        {
            var (accent, pattern) = (SpeakerAccent.ClassOf(transcript, speaker.Slug), SpeakerAccent.PatternOf(transcript, speaker.Slug));
            html.Append("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"14\" height=\"14\" fill=\"")
                .Append(ChartPatterns.Fill(prefix, accent, pattern)).Append("\"/></svg>").AppendEscaped(TranscriptText.DisplayName(speaker)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static (string Accent, int Pattern) Fill(Transcript transcript, TurnMark mark) =>
        (SpeakerAccent.ClassOf(transcript, mark.Turn.SpeakerSlug), SpeakerAccent.PatternOf(transcript, mark.Turn.SpeakerSlug));

    /// <summary>Each mark's share of the width: its extent, at least <see cref="MinimumShare"/>, all together one.</summary>
    internal static double[] Widths(IReadOnlyList<TurnMark> marks)
    {
        var total = marks.Sum(mark => Math.Max(0, mark.Extent));
        var widths = marks.Select(mark => total > 0 ? Math.Max(MinimumShare, Math.Max(0, mark.Extent) / total) : 1.0 / marks.Count).ToArray();
        var sum = widths.Sum();
        for (var index = 0; index < widths.Length; index++)
        {
            widths[index] /= sum;
        }

        return widths;
    }
}
