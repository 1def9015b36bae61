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
                same = Normal(previous[previous.Count - count + i].Text) == Normal(lines[i].Text);
            }

            if (same)
            {
                return count;
            }
        }

        return 0;
    }

    private static string Normal(string text) => string.Join(' ', TextRules.Words(text));
}
