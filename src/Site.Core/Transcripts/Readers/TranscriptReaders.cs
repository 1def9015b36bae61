using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Picks the reader of a transcript file by its extension; each reader then confirms the content (a <c>.vtt</c>
/// must start with <c>WEBVTT</c>, a <c>.json</c> must have segments, else SITE309). <c>.txt</c> and <c>.md</c> are
/// the documented text format, whose front matter plays the sidecar's part.
/// </summary>
public static class TranscriptReaders
{
    /// <summary>The extensions a reader takes, as shown in messages.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".vtt", ".srt", ".sbv", ".json"];

    public static bool IsSupported(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) && !IsChaptersFile(fileName);

    /// <summary>Timed formats take a sidecar <c>name.yml</c> and a chapters file <c>name.chapters.json</c>.</summary>
    public static bool IsTimed(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".vtt" or ".srt" or ".sbv" or ".json";

    public static bool IsChaptersFile(string fileName) => fileName.EndsWith(".chapters.json", StringComparison.OrdinalIgnoreCase);

    internal static TranscriptParseResult Read(string text, string path, string id, TranscriptHeader? sidecar)
    {
        try
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var captions = IsTimed(path) ? null : CaptionFileIn(text);
            if (!IsTimed(path) && captions is null)
            {
                return TranscriptParser.Parse(text, path, id);
            }

            // The text parser strips control characters itself (its front matter may add some); the timed formats here.
            var removed = new RemovedControlCharacters();
            text = SourceLines.Normalize(text, removed);
            var result = (captions ?? extension) switch
            {
                ".vtt" => WebVttReader.Read(text, path, id, sidecar),
                ".srt" => SrtReader.Read(text, path, id, sidecar),
                ".sbv" => SbvReader.Read(text, path, id, sidecar),
                _ => PodcastJsonReader.Read(text, path, id, sidecar),
            };
            if (removed.Count == 0 && captions is null)
            {
                return result;
            }

            var diagnostics = result.Diagnostics.ToList();
            removed.Report(path, diagnostics);
            if (captions is not null)
            {
                // Whisper and download sites save captions as .txt: read as what they are, and say so.
                diagnostics.Insert(0, Diagnostic.Warning(DiagnosticCodes.FormatMismatch, path, 1, 1, $"the file is {(captions == ".vtt" ? "a WebVTT" : "an SRT")} caption file, read as one; name it '{Path.GetFileNameWithoutExtension(path)}{captions}' to give it a sidecar '{Path.GetFileNameWithoutExtension(path)}.yml'"));
            }

            return result with { Diagnostics = diagnostics };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in a reader must not stop the build: the file is reported and the other pages still get built.
            return new TranscriptParseResult(null, [Diagnostic.Error(DiagnosticCodes.NoTurns, path, 1, 1, $"the transcript could not be read ({exception.GetType().Name}: {exception.Message})")]);
        }
    }

    /// <summary>
    /// The caption format a text file holds, by its first lines: <c>WEBVTT</c>, or SRT's cue number above a timing line
    /// (<c>1</c> / <c>00:00:00,000 --&gt; 00:00:08,560</c>); null for a text transcript.
    /// </summary>
    private static string? CaptionFileIn(string text)
    {
        var lines = text.AsSpan().TrimStart("\uFEFF \t\r\n").EnumerateLines();
        if (!lines.MoveNext())
        {
            return null;
        }

        var first = lines.Current.TrimEnd();
        if (first.StartsWith("WEBVTT", StringComparison.Ordinal) && (first.Length == 6 || first[6] is ' ' or '\t'))
        {
            return ".vtt";
        }

        return first.Length is > 0 and <= 9 && !first.ContainsAnyExceptInRange('0', '9') && lines.MoveNext() &&
            lines.Current.Contains("-->", StringComparison.Ordinal) && TimeStamp.RangeAlone(lines.Current.ToString()) is not null
            ? ".srt"
            : null;
    }
}
