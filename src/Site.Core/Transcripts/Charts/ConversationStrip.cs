using System.Runtime.CompilerServices;
using System.Text;
using Site.Text;
using Site.Theming;

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

        var html = ThreadBuilders.Rent();
        var items = ThreadBuilders.Rent();
        var note = text[marks[0].ByTime ? "chart_strip_by_time" : "chart_strip_by_length"];
        html.Append("<figure class=\"chart chart--strip\" data-pagefind-ignore><figcaption>").AppendEscaped(caption)
            .Append(" <span class=\"chart__note\">").AppendEscaped(note).Append("</span></figcaption>\n");
        html.Append("<svg class=\"strip\" width=\"100%\" height=\"").Append(Height).Append("\" role=\"group\" aria-label=\"").AppendEscaped(caption).Append("\">");

        // What differs per speaker (who is drawn, their fill) is worked out per speaker, not per mark; a speaker's
        // place in the list (shifted by one, for turns by no listed speaker) indexes it.
        var urls = new string?[marks.Count];
        var drawn = new bool[transcript.Speakers.Count + 1];
        var fills = new string?[transcript.Speakers.Count + 1];
        var patterns = new List<(string Accent, int Pattern)>();
        for (var index = 0; index < marks.Count; index++)
        {
            var mark = marks[index];
            urls[index] = href(mark);
            if (urls[index] is not null && !drawn[mark.Speaker + 1])
            {
                drawn[mark.Speaker + 1] = true;
                var (accent, pattern) = Fill(transcript, mark);
                fills[mark.Speaker + 1] = ChartPatterns.Fill(prefix, accent, pattern);
                if (!patterns.Contains((accent, pattern)))
                {
                    patterns.Add((accent, pattern));
                }
            }
        }

        ChartPatterns.AppendDefinitions(html, prefix, patterns);
        var labels = Labels(transcript, text);
        var widths = Widths(marks);
        var x = 0.0;
        for (var index = 0; index < marks.Count; index++)
        {
            var mark = marks[index];
            if (urls[index] is not { } url)
            {
                Geometry(html.Append("<rect "), x, widths[index]).Append(" class=\"dim\"/>");
            }
            else
            {
                var label = labels[mark.Index] ??= ChartHtml.Escape(text.TurnLabel(transcript, mark));
                html.Append("\n<a href=\"").AppendEscaped(url).Append("\" aria-label=\"").Append(label).Append("\"><rect ");
                Geometry(html, x, widths[index]).Append(" fill=\"").Append(fills[mark.Speaker + 1]).Append("\"/></a>");
                items.Append("<li><a href=\"").AppendEscaped(url).Append("\">").Append(label).Append("</a></li>\n");
            }

            x += widths[index];
        }

        html.Append("</svg>\n");
        Legend(html, transcript, drawn, prefix);
        html.Append("<details class=\"chart__data\"><summary>").AppendEscaped(text["chart_as_list"]).Append("</summary>\n<ol>\n")
            .Append(items).Append("</ol></details></figure>\n");
        var result = html.ToString();
        ThreadBuilders.Return(items);
        ThreadBuilders.Return(html);
        return result;
    }

    private static StringBuilder Geometry(StringBuilder html, double x, double width) =>
        html.Append("x=\"").AppendPercent(x * 100).Append("\" width=\"").AppendPercent(width * 100).Append("\" height=\"").Append(Height).Append('"');

    // The accessible names of a transcript's turns, escaped, made once for all its pages' strips (its overview,
    // section and speaker pages name each turn again); made again for other theme strings (the dev server).
    private static readonly ConditionalWeakTable<Transcript, LabelCache> Named = [];

    private sealed record LabelCache((Theme Theme, string? Language) Source, string?[] Escaped);

    private static string?[] Labels(Transcript transcript, ChartText text)
    {
        var cache = Named.GetValue(transcript, _ => new LabelCache(text.Source, new string?[TranscriptCharts.MarksOf(transcript).Count]));
        if (cache.Source != text.Source)
        {
            cache = new LabelCache(text.Source, new string?[TranscriptCharts.MarksOf(transcript).Count]);
            Named.AddOrUpdate(transcript, cache);
        }

        return cache.Escaped;
    }

    /// <summary>The names of the speakers drawn, each with a sample of their fill: the strip is never read by colour alone.</summary>
    private static void Legend(StringBuilder html, Transcript transcript, bool[] drawn, string prefix)
    {
        html.Append("<ul class=\"chart__legend\">");
        foreach (var speaker in transcript.Speakers.Where(speaker => drawn[SpeakerAccent.IndexOf(transcript, speaker.Slug) + 1]))
        {
            var (accent, pattern) = (SpeakerAccent.ClassOf(transcript, speaker.Slug), SpeakerAccent.PatternOf(transcript, speaker.Slug));
            html.Append("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"14\" height=\"14\" fill=\"")
                .Append(ChartPatterns.Fill(prefix, accent, pattern)).Append("\"/></svg>").AppendEscaped(TranscriptText.DisplayName(speaker)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static (string Accent, int Pattern) Fill(Transcript transcript, TurnMark mark) =>
        (SpeakerAccent.ClassAt(transcript, mark.Speaker), SpeakerAccent.PatternAt(mark.Speaker));
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
