namespace Site.Transcripts.Highlights;

/// <summary>A highlight and the turn that discusses it: chosen by the author (<paramref name="Pinned"/>) or by overlap.</summary>
/// <param name="Number">The highlight's number in the list, from 1.</param>
public sealed record HighlightLink(int Number, Paragraph Highlight, Section Section, Turn Turn, bool Pinned)
{
    /// <summary>The id of the highlight's link on the overview, where the turn's marker leads back to.</summary>
    public string Anchor => "highlight-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
