namespace Site.Transcripts.Readers;

/// <summary>A cue, or the part of one after a <c>&gt;&gt;</c> marker; <paramref name="Marked"/> when a marker opens it.</summary>
internal readonly record struct MarkedPart(TimedCue Cue, bool Marked);

/// <summary>
/// Broadcast and CART captions (US television, YouTube manual and automatic captions, council meetings) mark a change
/// of speaker with <c>&gt;&gt;</c> (<c>&gt;&gt;&gt;</c> for a change of topic) at the start of a line, sometimes
/// naming them: <c>&gt;&gt; MAYOR GORTON: Thank you.</c>. A cue is split where a line opens with a marker, or where one
/// follows the end of a sentence inside a line (<c>Thank you. &gt;&gt; Yes.</c>, lines a tool joined) or is a timed
/// word of its own (YouTube's automatic captions have no punctuation: <c>meeting&lt;00:00:10.019&gt;&lt;c&gt;
/// &amp;gt;&amp;gt;&lt;/c&gt;</c>); the marker is taken off and the part after it starts a turn, at its first word's time
/// where the words are timed. A <c>&gt;&gt;</c> elsewhere (<c>x &gt;&gt; 2</c>) is text.
/// </summary>
internal static class SpeakerMarkers
{
    /// <summary>Every cue's parts, in order: a cue without <c>&gt;&gt;</c> (nearly every one) is one part as it is.</summary>
    public static List<MarkedPart> Split(IReadOnlyList<TimedCue> cues)
    {
        var parts = new List<MarkedPart>(cues.Count);
        foreach (var cue in cues)
        {
            if (HasMarker(cue))
            {
                parts.AddRange(Split(cue));
            }
            else
            {
                parts.Add(new MarkedPart(cue, false));
            }
        }

        return parts;
    }

    private static bool HasMarker(TimedCue cue)
    {
        for (var index = 0; index < cue.Lines.Count; index++)
        {
            if (cue.Lines[index].Text.Contains(">>", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<MarkedPart> Split(TimedCue cue)
    {
        var lines = new List<TimedLine>();
        var marked = false;
        foreach (var line in cue.Lines)
        {
            var from = 0;
            foreach (var (at, after) in Markers(line))
            {
                AddTrimmed(lines, line, from, at);
                if (lines.Count > 0)
                {
                    yield return Part(cue, lines, marked);
                }

                lines.Clear();
                marked = true;
                from = after;
            }

            AddTrimmed(lines, line, from, line.Text.Length);
        }

        if (lines.Count > 0)
        {
            yield return Part(cue, lines, marked);
        }
    }

    /// <summary>The part of the cue made of <paramref name="lines"/>: from its first word's time when that word is timed.</summary>
    private static MarkedPart Part(TimedCue cue, List<TimedLine> lines, bool marked)
    {
        var start = lines[0].Words is [{ Offset: 0 } first, ..] && first.Start > cue.Start && first.Start <= cue.End ? first.Start : cue.Start;
        return new MarkedPart(cue with { Start = start, Lines = lines.ToArray() }, marked);
    }

    /// <summary>Where each marker of <paramref name="line"/> starts, and where the text after it starts.</summary>
    private static IEnumerable<(int At, int After)> Markers(TimedLine line)
    {
        var text = line.Text;
        for (var at = text.IndexOf(">>", StringComparison.Ordinal); at >= 0; at = text.IndexOf(">>", at + 2, StringComparison.Ordinal))
        {
            var end = at;
            while (end < text.Length && text[end] == '>')
            {
                end++;
            }

            // At a line's start nothing else is meant by it (">>Yes." too); inside a line only a marker standing apart.
            if (OpensLine(text, at) || ((end == text.Length || char.IsWhiteSpace(text[end])) && (EndsSentence(text, at) || IsTimedWord(line, at))))
            {
                yield return (at, end);
            }

            at = end - 2;
        }
    }

    private static bool OpensLine(string text, int at) => text.AsSpan(0, at).IsWhiteSpace();

    // A word time that starts at the marker (spaces before it aside): the captioning tool timed it as a word it wrote.
    private static bool IsTimedWord(TimedLine line, int at)
    {
        if (at == 0 || !char.IsWhiteSpace(line.Text[at - 1]))
        {
            return false;
        }

        foreach (var word in line.Words)
        {
            if (word.Offset <= at && at < word.Offset + word.Length && line.Text.AsSpan(word.Offset, at - word.Offset).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    // "Thank you, Mr. Chair. >> And before I move on": a marker after a sentence's end, a bracketed sound or a note.
    private static bool EndsSentence(string text, int at)
    {
        var before = text.AsSpan(0, at);
        var trimmed = before.TrimEnd();
        return trimmed.Length < before.Length && trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or '…' or ']' or ')' or '♪' or '"' or '”';
    }

    private static void AddTrimmed(List<TimedLine> lines, TimedLine line, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(line.Text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(line.Text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            lines.Add(from == 0 && to == line.Text.Length ? line : line.Slice(from, to));
        }
    }
}
