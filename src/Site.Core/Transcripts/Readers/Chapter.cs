namespace Site.Transcripts.Readers;

/// <summary>A chapter of a timed transcript: where it starts (seconds) and its title; it becomes a section.</summary>
/// <param name="Line">Where the chapter is declared (sidecar or chapters file), for diagnostics.</param>
internal sealed record Chapter(double Start, string Title, int Line, int Column);
