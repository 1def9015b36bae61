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
        var text = new ExportText(TranscriptCues.Length(cues, 44));
        var number = 0;
        foreach (var cue in cues)
        {
            text.Append(++number).Append('\n')
                .AppendStamp(cue.Start, ',').Append(" --> ").AppendStamp(cue.End, ',').Append('\n')
                .AppendClean(cue.Voice).Append(": ").Append(cue.Text).Append("\n\n");
        }

        return text;
    }
}
