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
        using var text = Build(transcript, cues);
        return text.ToString();
    }

    /// <summary>The file's bytes (UTF-8), as the build writes them.</summary>
    public static byte[] WriteUtf8(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        using var text = Build(transcript, cues);
        return text.ToUtf8();
    }

    private static ExportText Build(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        var text = new ExportText(TranscriptCues.Length(cues, 40));
        text.Append("WEBVTT\n");
        foreach (var cue in cues)
        {
            text.Append('\n')
                .AppendStamp(cue.Start, '.').Append(" --> ").AppendStamp(cue.End, '.').Append('\n')
                .Append("<v ").AppendClean(cue.Voice, escape: true).Append('>').AppendClean(cue.Text, escape: true).Append('\n');
        }

        return text;
    }
}
