using System.Text;

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
        var text = new StringBuilder();
        foreach (var cue in TranscriptCues.Turns(transcript))
        {
            var turn = cue.Turn!;
            text.Append('[').Append(TranscriptTimes.Stamp(cue.Start, null)).Append("] ").Append(TranscriptCues.Clean(cue.Voice)).Append(": ");
            var first = true;
            foreach (var paragraph in turn.Paragraphs)
            {
                var line = TranscriptCues.Clean(paragraph.Text);
                if (line.Length > 0)
                {
                    text.Append(first ? "" : "\n").Append(line);
                    first = false;
                }
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }
}
