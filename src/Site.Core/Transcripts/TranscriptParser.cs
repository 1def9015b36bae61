using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>The result of parsing one transcript: the model (null when nothing usable was found) and diagnostics.</summary>
public sealed record TranscriptParseResult(Transcript? Transcript, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Parses the documented transcript format (see README.md, "Transcript format").</summary>
public static class TranscriptParser
{
    public static TranscriptParseResult Parse(string text, string sourcePath, string id)
    {
        throw new NotImplementedException("parser in progress");
    }
}
