namespace Site.Transcripts.Readers;

/// <summary>
/// One cue (WebVTT, SRT) or segment (JSON) as its reader found it, before speakers and turns: times in seconds, the
/// speaker the format names (a <c>&lt;v&gt;</c> voice, a JSON <c>speaker</c>) or null, and its lines of plain text.
/// </summary>
/// <param name="MayHavePrefix">True where a leading <c>Name:</c> in the text may name the speaker (no voice given).</param>
internal sealed record TimedCue(double Start, double End, string? Voice, IReadOnlyList<TimedLine> Lines, int Line, int Column, bool MayHavePrefix)
{
    /// <summary>
    /// A WebVTT cue shown in a region: a region stacks its cues and scrolls them up, so overlapping times there are
    /// the design (roll-up captions), not a mistake.
    /// </summary>
    public bool InRegion { get; init; }
}

/// <summary>A line of cue text; <paramref name="Words"/> are inline word times (offsets into <paramref name="Text"/>), often none.</summary>
internal sealed record TimedLine(string Text, IReadOnlyList<TimedSpan> Words)
{
    public static TimedLine Plain(string text) => new(text, []);

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, its word times cut and moved along.</summary>
    public TimedLine Slice(int start, int end)
    {
        var words = Words
            .Where(word => word.Offset < end && word.Offset + word.Length > start)
            .Select(word =>
            {
                var (from, to) = (Math.Max(word.Offset, start), Math.Min(word.Offset + word.Length, end));
                return word with { Offset = from - start, Length = to - from };
            })
            .ToArray();
        return new TimedLine(Text[start..end], words);
    }
}

/// <summary>What a reader hands to <see cref="TimedTranscriptBuilder"/>: the cues and what the format says of the whole file.</summary>
internal sealed record TimedSource(string Id, string Path, IReadOnlyList<TimedCue> Cues)
{
    /// <summary>A title the format carries (text after <c>WEBVTT</c>), used when the sidecar gives none.</summary>
    public string? Title { get; init; }

    /// <summary>A language the format carries (YouTube's <c>Language: en</c> header line).</summary>
    public string? Language { get; init; }
}
