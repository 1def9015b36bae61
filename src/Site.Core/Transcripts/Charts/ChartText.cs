using System.Globalization;
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
        var name = transcript.FindSpeaker(mark.Turn.SpeakerSlug) is { } speaker ? TranscriptText.DisplayName(speaker) : mark.Turn.SpeakerSlug;
        return mark.Turn.Start is { } start
            ? $"{name}, {TranscriptTimes.Clock(start)}, {Words(mark.Words.Total)}"
            : $"{name}, {Words(mark.Words.Total)}";
    }

    /// <summary>A root-relative URL with the site's base path, as every other link of the page.</summary>
    public string Url(string url) => theme.Urls.Url(url);
}
