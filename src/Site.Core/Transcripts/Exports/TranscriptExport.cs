namespace Site.Transcripts.Exports;

/// <summary>
/// One format a timed transcript is exported in: its file beside the transcript's pages, its media type, its writer.
/// A writer is given the transcript and its caption cues (<see cref="TranscriptCues.Split"/>), cut once for all formats.
/// </summary>
public sealed record TranscriptExport(string Key, string FileName, string MediaType, Func<Transcript, IReadOnlyList<Cue>, string> Writer, Func<Transcript, IReadOnlyList<Cue>, byte[]> Utf8Writer)
{
    /// <summary>Every format, in the order pages offer them.</summary>
    public static IReadOnlyList<TranscriptExport> All { get; } =
    [
        new("vtt", WebVttWriter.FileName, "text/vtt", WebVttWriter.Write, WebVttWriter.WriteUtf8),
        new("srt", SrtWriter.FileName, "application/x-subrip", SrtWriter.Write, SrtWriter.WriteUtf8),
        new("json", PodcastJsonWriter.FileName, "application/json", PodcastJsonWriter.Write, PodcastJsonWriter.WriteUtf8),
        new("txt", PlainTextWriter.FileName, "text/plain", (transcript, _) => PlainTextWriter.Write(transcript), (transcript, _) => PlainTextWriter.WriteUtf8(transcript)),
        new("chapters", ChaptersJsonWriter.FileName, ChaptersJsonWriter.MediaType, (transcript, _) => ChaptersJsonWriter.Write(transcript), (transcript, _) => ChaptersJsonWriter.WriteUtf8(transcript))
        {
            AppliesTo = ChaptersJsonWriter.HasChapters,
        },
    ];

    /// <summary>Every format <paramref name="transcript"/> is exported in (a timed transcript's), in page order.</summary>
    public static IEnumerable<TranscriptExport> For(Transcript transcript) =>
        transcript.IsTimed ? All.Where(export => export.AppliesTo(transcript)) : [];

    /// <summary>Whether a timed transcript has this export: every format but chapters applies to every one.</summary>
    public Func<Transcript, bool> AppliesTo { get; init; } = static _ => true;

    /// <summary>The export of <paramref name="transcript"/> in this format.</summary>
    public string Write(Transcript transcript) => Writer(transcript, TranscriptCues.Split(transcript));

    /// <summary>
    /// The export's file (UTF-8), from cues already cut (one cut serves every format): the build writes these bytes
    /// as they are, never a string made of them.
    /// </summary>
    public byte[] WriteUtf8(Transcript transcript, IReadOnlyList<Cue> cues) => Utf8Writer(transcript, cues);

    /// <summary>Root-relative URL of this export of <paramref name="transcript"/>: <c>/&lt;transcript&gt;/transcript.vtt</c>.</summary>
    public string Url(Transcript transcript) => $"/{transcript.Id}/{FileName}";
}
