namespace Site.Transcripts.Exports;

/// <summary>
/// One format a timed transcript is exported in: its file beside the transcript's pages, its media type, its writer.
/// A writer is given the transcript and its caption cues (<see cref="TranscriptCues.Split"/>), cut once for all formats.
/// </summary>
public sealed record TranscriptExport(string Key, string FileName, string MediaType, Func<Transcript, IReadOnlyList<Cue>, string> Writer)
{
    /// <summary>Every format, in the order pages offer them.</summary>
    public static IReadOnlyList<TranscriptExport> All { get; } =
    [
        new("vtt", WebVttWriter.FileName, "text/vtt", WebVttWriter.Write),
        new("srt", SrtWriter.FileName, "application/x-subrip", SrtWriter.Write),
        new("json", PodcastJsonWriter.FileName, "application/json", PodcastJsonWriter.Write),
        new("txt", PlainTextWriter.FileName, "text/plain", (transcript, _) => PlainTextWriter.Write(transcript)),
    ];

    /// <summary>The export of <paramref name="transcript"/> in this format.</summary>
    public string Write(Transcript transcript) => Writer(transcript, TranscriptCues.Split(transcript));

    /// <summary>The export, from cues already cut (one cut serves every format).</summary>
    public string Write(Transcript transcript, IReadOnlyList<Cue> cues) => Writer(transcript, cues);

    /// <summary>Root-relative URL of this export of <paramref name="transcript"/>: <c>/&lt;transcript&gt;/transcript.vtt</c>.</summary>
    public string Url(Transcript transcript) => $"/{transcript.Id}/{FileName}";
}
