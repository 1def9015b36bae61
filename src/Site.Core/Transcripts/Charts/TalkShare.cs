namespace Site.Transcripts.Charts;

/// <summary>How much one speaker said: words and turns, and their shares of the whole.</summary>
public sealed record TalkShare(Speaker Speaker, int Words, int Turns, double WordShare, double TurnShare)
{
    /// <summary>Every speaker in list order (the order of their colours), those who never spoke included, at zero.</summary>
    public static IReadOnlyList<TalkShare> Of(Transcript transcript, IReadOnlyList<TurnMark> marks)
    {
        var totalWords = marks.Sum(mark => mark.Words.Total);
        var totalTurns = marks.Count;
        return transcript.Speakers
            .Select(speaker =>
            {
                var own = marks.Where(mark => mark.Turn.SpeakerSlug == speaker.Slug).ToList();
                var words = own.Sum(mark => mark.Words.Total);
                return new TalkShare(
                    speaker,
                    words,
                    own.Count,
                    totalWords == 0 ? 0 : (double)words / totalWords,
                    totalTurns == 0 ? 0 : (double)own.Count / totalTurns);
            })
            .ToList();
    }
}
