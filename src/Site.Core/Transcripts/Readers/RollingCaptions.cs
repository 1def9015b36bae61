namespace Site.Transcripts.Readers;

/// <summary>
/// YouTube's automatic captions roll: each cue repeats the line the previous cue ended with and adds one (with
/// <c>&lt;c&gt;</c> word times), and a short cue in between shows the finished line again. Read as written, every
/// word would appear twice. A cue's leading lines that repeat the previous cue's last lines are dropped when the
/// file rolls (it has inline word times), or when new lines follow them; a cue of plain repeats under 50 ms goes.
/// A person who says "Yes." twice in two ordinary cues keeps both.
/// </summary>
internal static class RollingCaptions
{
    /// <summary>A cue shorter than this that repeats the one before is a snapshot of a rolling caption.</summary>
    internal const double SnapshotLength = 0.05;

    public static List<TimedCue> RemoveRepeats(IReadOnlyList<TimedCue> cues)
    {
        var rolling = cues.Any(cue => cue.Lines.Any(line => line.Words.Count > 0));
        var kept = new List<TimedCue>(cues.Count);
        IReadOnlyList<TimedLine> previous = [];
        string? previousVoice = null;
        foreach (var cue in cues)
        {
            var repeated = cue.Voice == previousVoice ? RepeatedLines(previous, cue.Lines) : 0;
            var drop = repeated > 0 && (rolling || repeated < cue.Lines.Count || cue.End - cue.Start < SnapshotLength);
            previous = cue.Lines;
            previousVoice = cue.Voice;
            if (!drop)
            {
                kept.Add(cue);
            }
            else if (repeated < cue.Lines.Count)
            {
                kept.Add(cue with { Lines = cue.Lines.Skip(repeated).ToArray() });
            }
        }

        return kept;
    }

    /// <summary>How many of <paramref name="lines"/>' first lines equal <paramref name="previous"/>' last ones.</summary>
    private static int RepeatedLines(IReadOnlyList<TimedLine> previous, IReadOnlyList<TimedLine> lines)
    {
        for (var count = Math.Min(previous.Count, lines.Count); count > 0; count--)
        {
            var same = true;
            for (var i = 0; i < count && same; i++)
            {
                same = SameWords(previous[previous.Count - count + i].Text, lines[i].Text);
            }

            if (same)
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether two lines have the same words (<see cref="TextRules.Words"/>: split at white space), compared in place:
    /// every cue of a speaker is compared with the one before, so nothing is allocated for it.
    /// </summary>
    private static bool SameWords(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        first = first.Trim();
        second = second.Trim();
        var (i, j) = (0, 0);
        while (i < first.Length && j < second.Length)
        {
            var (blankFirst, blankSecond) = (char.IsWhiteSpace(first[i]), char.IsWhiteSpace(second[j]));
            if (blankFirst != blankSecond)
            {
                return false;
            }

            if (blankFirst)
            {
                // A run of blanks between two words is one separator, however long on either side.
                while (char.IsWhiteSpace(first[i]))
                {
                    i++;
                }

                while (char.IsWhiteSpace(second[j]))
                {
                    j++;
                }

                continue;
            }

            if (first[i] != second[j])
            {
                return false;
            }

            (i, j) = (i + 1, j + 1);
        }

        return i == first.Length && j == second.Length;
    }
}
