using System.Globalization;
using System.Text;

namespace Site.Transcripts.Exports;

/// <summary>
/// A timed transcript as SubRip subtitles: numbered cues (<see cref="TranscriptCues.Split"/>), each line
/// <c>Name: text</c>. SRT has no escapes; players that read tags in it see <c>&lt;</c> as text only when it does not
/// open one, so cue text is written as it is, on one line.
/// </summary>
public static class SrtWriter
{
    public const string FileName = "transcript.srt";

    public static string Write(Transcript transcript) => Write(transcript, TranscriptCues.Split(transcript));

    public static string Write(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var cue in cues)
        {
            text.Append(CultureInfo.InvariantCulture, $"{++number}\n")
                .Append(TranscriptTimes.Stamp(cue.Start, ',')).Append(" --> ").Append(TranscriptTimes.Stamp(cue.End, ',')).Append('\n')
                .Append(TranscriptCues.Clean(cue.Voice)).Append(": ").Append(cue.Text).Append("\n\n");
        }

        return text.ToString();
    }
}
