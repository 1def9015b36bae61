using System.Runtime.CompilerServices;
using Scriban.Runtime;
using Site.Theming;

namespace Site.Transcripts.Charts;

/// <summary>
/// What the layouts get to draw a transcript page's charts and reading time (<c>page.charts</c>, see
/// theme/partials/charts.html): the overview has the talk share and the whole conversation's strip, a section page
/// its own turns' strip, a speaker page the whole conversation with only that speaker's turns marked and linked.
/// The charts are HTML made here, not in the page's Markdown: they are drawings, not text of the transcript.
/// </summary>
public static class TranscriptCharts
{
    // A transcript's turns are measured once for all its pages (they are made in parallel, each asking).
    private static readonly ConditionalWeakTable<Transcript, IReadOnlyList<TurnMark>> Measured = [];

    public static IReadOnlyList<TurnMark> MarksOf(Transcript transcript) => Measured.GetValue(transcript, TurnMark.Of);

    /// <summary>The page's chart model, or null for pages without charts (indexes, home).</summary>
    public static ScriptObject? For(TranscriptPage plan, Theme theme)
    {
        if (plan.Kind is not (TranscriptPageKind.Overview or TranscriptPageKind.Section or TranscriptPageKind.Speaker))
        {
            return null;
        }

        var transcript = plan.Transcript;
        var text = new ChartText(theme, transcript.Language);
        var marks = MarksOf(transcript);
        var model = new ScriptObject();
        switch (plan.Kind)
        {
            case TranscriptPageKind.Overview:
                model["share"] = ShareChart.Render(transcript, TalkShare.Of(transcript, marks), "cs", text);
                model["strip"] = ConversationStrip.Render(transcript, marks, mark => text.Url(TranscriptUrls.Turn(transcript, mark.Section, mark.Turn)), "ct", text["chart_strip"], text);
                Reading(model, text, marks);
                break;
            case TranscriptPageKind.Section:
                var section = transcript.Sections[plan.SectionIndex];
                var own = marks.Where(mark => mark.Section == section).ToList();
                model["strip"] = ConversationStrip.Render(transcript, own, mark => "#" + mark.Turn.Id, "ct", text["chart_strip_section"], text);
                Reading(model, text, own);
                break;
            case TranscriptPageKind.Speaker:
                var speaker = transcript.FindSpeaker(plan.SpeakerSlug!)!;
                var caption = text.Format("chart_strip_speaker", TranscriptText.DisplayName(speaker));
                model["strip"] = ConversationStrip.Render(transcript, marks, mark => mark.Turn.SpeakerSlug == speaker.Slug ? "#" + mark.Turn.Id : null, "ct", caption, text);
                break;
        }

        return new ScriptObject { ["charts"] = model };
    }

    private static void Reading(ScriptObject model, ChartText text, IReadOnlyList<TurnMark> marks)
    {
        var count = default(WordCount);
        foreach (var mark in marks)
        {
            count += mark.Words;
        }

        var minutes = ReadingTime.Minutes(count);
        model["reading_minutes"] = minutes;
        model["reading_time"] = minutes == 0 ? string.Empty : text.Format("reading_time", minutes);
    }
}
