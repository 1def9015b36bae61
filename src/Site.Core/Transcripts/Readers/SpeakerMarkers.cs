namespace Site.Transcripts.Readers;

/// <summary>A cue, or the part of one after a <c>&gt;&gt;</c> marker; <paramref name="Marked"/> when a marker opens it.</summary>
internal readonly record struct MarkedPart(TimedCue Cue, bool Marked);

/// <summary>
/// Broadcast and CART captions (US television, YouTube manual and automatic captions, council meetings) mark a change
/// of speaker with <c>&gt;&gt;</c> (<c>&gt;&gt;&gt;</c> for a change of topic) at the start of a line, sometimes
/// naming them: <c>&gt;&gt; MAYOR GORTON: Thank you.</c>. A cue is split where a line opens with a marker, or where one
/// follows the end of a sentence inside a line (<c>Thank you. &gt;&gt; Yes.</c>, lines a tool joined); the marker is
/// taken off and the part after it starts a turn. A <c>&gt;&gt;</c> elsewhere (<c>x &gt;&gt; 2</c>) is text.
/// </summary>
internal static class SpeakerMarkers
{
    public static IEnumerable<MarkedPart> Split(TimedCue cue)
    {
        if (!cue.Lines.Any(line => line.Text.Contains(">>", StringComparison.Ordinal)))
        {
            yield return new MarkedPart(cue, false);
            yield break;
        }

        var lines = new List<TimedLine>();
        var marked = false;
        foreach (var line in cue.Lines)
        {
            var from = 0;
            foreach (var (at, after) in Markers(line.Text))
            {
                AddTrimmed(lines, line, from, at);
                if (lines.Count > 0)
                {
                    yield return new MarkedPart(cue with { Lines = lines.ToArray() }, marked);
                }

                lines.Clear();
                marked = true;
                from = after;
            }

            AddTrimmed(lines, line, from, line.Text.Length);
        }

        if (lines.Count > 0)
        {
            yield return new MarkedPart(cue with { Lines = lines.ToArray() }, marked);
        }
    }

    /// <summary>Where each marker of <paramref name="text"/> starts, and where the text after it starts.</summary>
    private static IEnumerable<(int At, int After)> Markers(string text)
    {
        for (var at = text.IndexOf(">>", StringComparison.Ordinal); at >= 0; at = text.IndexOf(">>", at + 2, StringComparison.Ordinal))
        {
            var end = at;
            while (end < text.Length && text[end] == '>')
            {
                end++;
            }

            // At a line's start nothing else is meant by it (">>Yes." too); inside a line only a marker standing apart.
            if (OpensLine(text, at) || ((end == text.Length || char.IsWhiteSpace(text[end])) && EndsSentence(text, at)))
            {
                yield return (at, end);
            }

            at = end - 2;
        }
    }

    private static bool OpensLine(string text, int at) => text.AsSpan(0, at).IsWhiteSpace();

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
