namespace Site.Transcripts.Charts;

/// <summary>
/// A speaker's colour and pattern, fixed at build time by their place in the transcript's speaker list: the same
/// order as the transcript sidebar, from which site.js colours the speaker names (<c>data-accent</c>), so a chart
/// drawn without script agrees with the names painted by it.
/// </summary>
public static class SpeakerAccent
{
    /// <summary>The theme's palette has six colours (<c>--sp-0</c> to <c>--sp-5</c>) and one for the host.</summary>
    public const int PaletteSize = 6;

    /// <summary>The chart class: <c>a0</c>..<c>a5</c> by position, <c>ah</c> for the host (colour <c>--sp-host</c>).</summary>
    public static string ClassOf(Transcript transcript, string slug) => ClassAt(transcript, IndexOf(transcript, slug));

    /// <summary><see cref="ClassOf"/> by the speaker's place in the list (<see cref="IndexOf"/>).</summary>
    public static string ClassAt(Transcript transcript, int index)
    {
        if (index < 0)
        {
            return "af";
        }

        return transcript.Speakers[index].IsHost ? "ah" : "a" + (index % PaletteSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The fill pattern, so that no two of the first six speakers differ by colour alone: a pattern per position
    /// (the host's too), 0 (solid) for anyone not in the list.
    /// </summary>
    public static int PatternOf(Transcript transcript, string slug) => PatternAt(IndexOf(transcript, slug));

    /// <summary><see cref="PatternOf"/> by the speaker's place in the list.</summary>
    public static int PatternAt(int index) => Math.Max(0, index) % ChartPatterns.Count;

    /// <summary>The first speaker of the list with that slug, or -1 for a turn by someone not in the list.</summary>
    public static int IndexOf(Transcript transcript, string slug)
    {
        for (var index = 0; index < transcript.Speakers.Count; index++)
        {
            if (transcript.Speakers[index].Slug == slug)
            {
                return index;
            }
        }

        return -1;
    }
}
