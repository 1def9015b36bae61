using Site.Diagnostics;

namespace Site.Publishing;

/// <summary>The outcome of a publish: the new commit on the pages branch, the commit it was built from, and problems.</summary>
public sealed record PublishResult(IReadOnlyList<Diagnostic> Diagnostics, string? Commit, string? SourceCommit, bool Pushed)
{
    public bool Succeeded => Commit is not null && !Diagnostics.Any(d => d.IsError);
}
