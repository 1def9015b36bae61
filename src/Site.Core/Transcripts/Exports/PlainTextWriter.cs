namespace Site.Transcripts.Exports;

/// <summary>
/// A timed transcript as stamped plain text: each turn starts on a line <c>[hh:mm:ss] Name: text</c>, its further
/// paragraphs on lines of their own, a blank line between turns.
/// </summary>
public static class PlainTextWriter
{
    public const string FileName = "transcript.txt";

    public static string Write(Transcript transcript)
    {
        using var text = Build(transcript);
        return text.ToString();
    }

    /// <summary>The file's bytes (UTF-8), as the build writes them.</summary>
    public static byte[] WriteUtf8(Transcript transcript)
    {
        using var text = Build(transcript);
        return text.ToUtf8();
    }

    private static ExportText Build(Transcript transcript)
    {
        var turns = TranscriptCues.Timed(transcript);
        var text = new ExportText(turns.Sum(timed => timed.Turn.Paragraphs.Sum(paragraph => paragraph.Text.Length + 1) + 32));
        foreach (var (turn, start, _) in turns)
        {
            var speaker = transcript.FindSpeaker(turn.SpeakerSlug);
            text.Append('[').AppendStamp(start, null).Append("] ").AppendClean(speaker?.Name ?? turn.SpeakerSlug).Append(": ");
            var first = true;
            foreach (var paragraph in turn.Paragraphs)
            {
                // A paragraph that cleans to nothing takes back the line break written for it.
                var before = text.Length;
                text.Append(first ? "" : "\n");
                var at = text.Length;
                if (text.AppendClean(paragraph.Text).Length > at)
                {
                    first = false;
                }
                else
                {
                    text.Length = before;
                }
            }

            text.Append("\n\n");
        }

        return text;
    }
}
