using Site.Diagnostics;
using Site.Pipelines;

namespace Site.Building;

/// <summary>The outcome of a build: diagnostics, what was written, and where the time went.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed,
    EngineReport? Report)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
