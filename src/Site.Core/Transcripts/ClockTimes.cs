namespace Site.Transcripts;

/// <summary>
/// Times of day taken for times in a recording. Zoom stamps a saved transcript with the meeting's clock
/// (<c>[Jane Doe] 10:15:32</c>, <c>16:02:22 text</c>), and a recording's first words do not come hours in: a text
/// transcript whose first time is two hours or more counts its times from that first one, so that pressing a time
/// plays the recording where the words are, not hours past its end.
/// </summary>
internal static class ClockTimes
{
    private const double ClockLike = 2 * 3600;

    public static AssembledBody FromFirst(AssembledBody body)
    {
        var first = double.PositiveInfinity;
        foreach (var paragraph in body.Lede.Concat(body.Sections.SelectMany(section => section.Intro.Concat(section.Turns.SelectMany(turn => turn.Paragraphs)))))
        {
            foreach (var word in paragraph.Words)
            {
                first = Math.Min(first, word.Start);
            }
        }

        foreach (var section in body.Sections)
        {
            first = Math.Min(first, section.Start ?? double.PositiveInfinity);
            foreach (var turn in section.Turns)
            {
                first = Math.Min(first, turn.Start ?? double.PositiveInfinity);
            }
        }

        if (first is < ClockLike or double.PositiveInfinity)
        {
            return body;
        }

        double? Shift(double? seconds) => seconds - first;
        Paragraph[] Paragraphs(IReadOnlyList<Paragraph> paragraphs) =>
            paragraphs.Select(paragraph => paragraph.Words.Count == 0 ? paragraph : paragraph with
            {
                Words = paragraph.Words.Select(word => word with { Start = word.Start - first, End = Shift(word.End) }).ToArray(),
            }).ToArray();

        return new AssembledBody(
            Paragraphs(body.Lede),
            body.Sections.Select(section => section with
            {
                Start = Shift(section.Start),
                Intro = Paragraphs(section.Intro),
                Turns = section.Turns.Select(turn => turn with { Start = Shift(turn.Start), End = Shift(turn.End), Paragraphs = Paragraphs(turn.Paragraphs) }).ToArray(),
            }).ToList());
    }
}
