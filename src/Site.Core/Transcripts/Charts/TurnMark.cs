namespace Site.Transcripts.Charts;

/// <summary>One turn as the charts draw it: where it is, who spoke, how many words and how long it lasted.</summary>
/// <param name="Extent">The width it takes in a strip: its duration in seconds when <paramref name="ByTime"/>, else its words.</param>
/// <param name="Index">Its place among the transcript's turns.</param>
/// <param name="Speaker">Its speaker's place in the speaker list (<see cref="SpeakerAccent.IndexOf"/>), -1 for none.</param>
public sealed record TurnMark(Section Section, Turn Turn, WordCount Words, double Extent, bool ByTime, int Index, int Speaker)
{
    /// <summary>
    /// Every turn of the transcript in order. A timed transcript's turns are as wide as they last (to their end, else
    /// to the next turn's start); when any turn's duration cannot be known, all are measured by words instead, so
    /// widths are always in one unit.
    /// </summary>
    public static IReadOnlyList<TurnMark> Of(Transcript transcript)
    {
        var turns = transcript.Sections.SelectMany(section => section.Turns.Select(turn => (Section: section, Turn: turn))).ToList();
        var durations = new double[turns.Count];
        var timed = transcript.IsTimed;
        for (var index = 0; index < turns.Count && timed; index++)
        {
            var turn = turns[index].Turn;
            var end = turn.End ?? (index + 1 < turns.Count ? turns[index + 1].Turn.Start : null);
            durations[index] = turn.Start is { } start && end is { } stop ? stop - start : 0;
            timed = durations[index] > 0;
        }

        var marks = new TurnMark[turns.Count];
        for (var index = 0; index < turns.Count; index++)
        {
            var (section, turn) = turns[index];
            var words = WordCount.Of(turn);
            marks[index] = new TurnMark(section, turn, words, timed ? durations[index] : words.Total, timed, index, SpeakerAccent.IndexOf(transcript, turn.SpeakerSlug));
        }

        return marks;
    }
}
