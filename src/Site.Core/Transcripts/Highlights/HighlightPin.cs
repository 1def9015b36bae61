namespace Site.Transcripts.Highlights;

/// <summary>
/// An author's choice of the turn that discusses a highlight, from front matter <c>highlights: {2: s02-t05}</c>
/// (highlight ② is discussed in turn <c>s02-t05</c>); it wins over the automatic choice.
/// </summary>
/// <param name="Number">The highlight's number in the list, from 1 (①).</param>
/// <param name="Line">Where the pin is written, for diagnostics.</param>
public sealed record HighlightPin(int Number, string TurnId, int Line, int Column);
