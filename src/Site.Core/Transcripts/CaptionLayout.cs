namespace Site.Transcripts;

/// <summary>A caption of a caption copy: its time and its text (empty for a time alone on its line).</summary>
internal readonly record struct CaptionLine(double Seconds, string Text);

/// <summary>
/// A text transcript that is a caption copy, as YouTube's "Show transcript" panel is pasted: a time on every caption,
/// alone on its line above the caption (<c>0:00</c> / <c>hello everyone</c>) or before it (<c>0:00 hello everyone</c>),
/// and no speaker named anywhere. Such a file has one speaker, as a caption file that names nobody has (see
/// <see cref="Readers.TimedTranscriptBuilder.UnnamedSpeaker"/>), and its captions flow as that speaker's text.
/// <see cref="OneLinePerStamp"/> says each time has one line of text: a short line between a caption and the next
/// time is then a chapter title (YouTube writes a video's chapters so), not more of the caption.
/// </summary>
internal sealed record CaptionLayout(bool OneLinePerStamp)
{
    /// <summary>
    /// Text that names nobody and is no caption copy (a Whisper <c>.txt</c>, a monologue): every line flows as the one
    /// speaker's text, as captions do, a blank line ending a paragraph.
    /// </summary>
    public static CaptionLayout Prose { get; } = new(OneLinePerStamp: false) { EveryLine = true };

    /// <summary>Every line is the speaker's text, not only stamped ones and those below them.</summary>
    public bool EveryLine { get; private init; }

    // Fewer stamps than this are times in a text, not a caption copy.
    private const int MinimumStamps = 3;

    /// <summary>
    /// A stamped line of a caption copy: a stamp alone or before the text (<c>[00:12:30] text</c>, as
    /// <see cref="TimeStamp.Leading"/> reads it), or a bare time and the caption after a space (<c>0:00 hello</c>),
    /// which elsewhere is prose (<c>10:30 was the time</c>) but in a file stamped line by line is the caption's time.
    /// </summary>
    public static CaptionLine? Read(string line)
    {
        if (TimeStamp.Leading(line) is { } stamped)
        {
            return new CaptionLine(stamped.Seconds, stamped.Text);
        }

        var text = line.AsSpan();
        return TimeStamp.At(text, 0) is { Start: 0, Bracketed: false } stamp && stamp.End < text.Length && char.IsWhiteSpace(text[stamp.End])
            ? new CaptionLine(stamp.Seconds, text[stamp.End..].Trim().ToString())
            : null;
    }

    /// <summary>
    /// The layout when, from the first stamped line on, stamped lines and the captions below stamps alone are at least
    /// three quarters of the lines (and there are a few): else null, and the file is read as any text is.
    /// </summary>
    public static CaptionLayout? Detect(IReadOnlyList<SourceLine> lines, IReadOnlyList<bool> skip)
    {
        var (stamps, covered, total, alone, longer) = (0, 0, 0, 0, 0);
        var below = -1; // lines of text below the last stamp alone, -1 when the last stamp had its text on its line
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            if (Read(lines[i].Text) is { } caption)
            {
                longer += below >= 2 ? 1 : 0;
                stamps++;
                covered++;
                total++;
                alone += caption.Text.Length == 0 ? 1 : 0;
                below = caption.Text.Length == 0 ? 0 : -1;
                continue;
            }

            if (stamps == 0)
            {
                continue; // a title, a lede before the captions
            }

            total++;
            covered += below == 0 ? 1 : 0;
            below = below >= 0 ? below + 1 : below;
        }

        longer += below >= 2 ? 1 : 0;
        return stamps >= MinimumStamps && covered * 4 >= total * 3 ? new CaptionLayout(longer * 4 <= alone) : null;
    }
}
