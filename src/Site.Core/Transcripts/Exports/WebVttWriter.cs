using System.Text;

namespace Site.Transcripts.Exports;

/// <summary>
/// A timed transcript as WebVTT captions: one cue per stretch of a turn (<see cref="TranscriptCues.Split"/>), the
/// speaker as a voice span (<c>&lt;v Name&gt;</c>). Cue text is text: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are
/// written as character references, so nothing in it becomes a tag or ends a cue (<c>--&gt;</c>).
/// </summary>
public static class WebVttWriter
{
    public const string FileName = "transcript.vtt";

    public static string Write(Transcript transcript) => Write(transcript, TranscriptCues.Split(transcript));

    public static string Write(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        var text = new StringBuilder("WEBVTT\n");
        foreach (var cue in cues)
        {
            text.Append('\n')
                .Append(TranscriptTimes.Stamp(cue.Start, '.')).Append(" --> ").Append(TranscriptTimes.Stamp(cue.End, '.')).Append('\n')
                .Append("<v ").Append(Escape(cue.Voice)).Append('>').Append(Escape(cue.Text)).Append('\n');
        }

        return text.ToString();
    }

    private static string Escape(string text) => TranscriptCues.Clean(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
