namespace Site.Transcripts.Exports;

/// <summary>One format a timed transcript is exported in: its file beside the transcript's pages, its media type, its writer.</summary>
public sealed record TranscriptExport(string Key, string FileName, string MediaType, Func<Transcript, string> Write)
{
    /// <summary>Every format, in the order pages offer them.</summary>
    public static IReadOnlyList<TranscriptExport> All { get; } =
    [
        new("vtt", WebVttWriter.FileName, "text/vtt", WebVttWriter.Write),
        new("srt", SrtWriter.FileName, "application/x-subrip", SrtWriter.Write),
        new("json", PodcastJsonWriter.FileName, "application/json", PodcastJsonWriter.Write),
        new("txt", PlainTextWriter.FileName, "text/plain", PlainTextWriter.Write),
    ];

    /// <summary>Root-relative URL of this export of <paramref name="transcript"/>: <c>/&lt;transcript&gt;/transcript.vtt</c>.</summary>
    public string Url(Transcript transcript) => $"/{transcript.Id}/{FileName}";
}
