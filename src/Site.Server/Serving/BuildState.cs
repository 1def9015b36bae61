using Site.Diagnostics;

namespace Site.Serving;

/// <summary>
/// What is served now: the version of the last good build (pages carry it, so a page older than the server's
/// reloads on connect), the base path it was built for, and the errors of the latest build if it failed.
/// </summary>
public sealed record BuildState(string Version, string BasePath, IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Count > 0;
}
