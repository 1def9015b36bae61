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
            if (!IsTimed(path))
            {
                return TranscriptParser.Parse(text, path, id);
            }

            // The text parser strips control characters itself (its front matter may add some); the timed formats here.
            var removed = new RemovedControlCharacters();
            text = SourceLines.Normalize(text, removed);
            var result = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".vtt" => WebVttReader.Read(text, path, id, sidecar),
                ".srt" => SrtReader.Read(text, path, id, sidecar),
                ".sbv" => SbvReader.Read(text, path, id, sidecar),
                _ => PodcastJsonReader.Read(text, path, id, sidecar),
            };
            if (removed.Count == 0)
            {
                return result;
            }

            var diagnostics = result.Diagnostics.ToList();
            removed.Report(path, diagnostics);
            return result with { Diagnostics = diagnostics };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in a reader must not stop the build: the file is reported and the other pages still get built.
            return new TranscriptParseResult(null, [Diagnostic.Error(DiagnosticCodes.NoTurns, path, 1, 1, $"the transcript could not be read ({exception.GetType().Name}: {exception.Message})")]);
        }
    }
}
