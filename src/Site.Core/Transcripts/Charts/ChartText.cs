using System.Globalization;
using Site.Text;
using Site.Theming;

namespace Site.Transcripts.Charts;

/// <summary>
/// The words of the charts, from the theme's interface strings (<c>chart_*</c> in theme/strings/*.yml) in the
/// transcript's language.
/// </summary>
public sealed class ChartText(Theme theme, string? language)
{
    public string this[string key] => theme.Text(key, language);

    /// <summary>Where the words come from: what a label made from them and kept stays valid for.</summary>
    internal (Theme Theme, string? Language) Source => (theme, language);

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, theme.Text(key, language), values);

    /// <summary>"212 words", "212 字".</summary>
    public string Words(int count) => Format("chart_words_unit", count.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>A share as a whole percentage ("34%"), or "&lt;1%" for a small share that is not nothing.</summary>
    public static string Share(double share) => share is > 0 and < 0.005
        ? "<1%"
        : Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The accessible name of a turn's mark: "何宜晖, 01:23, 212 字" (no time when the transcript has none).</summary>
    public string TurnLabel(Transcript transcript, TurnMark mark)
    {
        // Made in one buffer: every turn of a site is named once, and the pieces were most of what the charts allocated.
        var label = ThreadBuilders.Rent();
        label.Append(transcript.FindSpeaker(mark.Turn.SpeakerSlug) is { } speaker ? TranscriptText.DisplayName(speaker) : mark.Turn.SpeakerSlug).Append(", ");
        if (mark.Turn.Start is { } start)
        {
            label.Append(TranscriptTimes.Clock(start)).Append(", ");
        }

        label.AppendFormat(CultureInfo.InvariantCulture, theme.Text("chart_words_unit", language), mark.Words.Total.ToString("N0", CultureInfo.InvariantCulture));
        var text = label.ToString();
        ThreadBuilders.Return(label);
        return text;
    }

    /// <summary>A root-relative URL with the site's base path, as every other link of the page.</summary>
    public string Url(string url) => theme.Urls.Url(url);
}
