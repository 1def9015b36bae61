namespace Site.Transcripts;

/// <summary>
/// A speaker as declared (front matter, guest block) or discovered, before slugs are assigned.
/// <paramref name="NameFirstForSlug"/> is set for <c>Role(Alias):Name</c> entries, where the alias is the outlet the
/// host speaks for (<c>腾讯科技</c>, <c>DataTalk</c>) rather than a personal name, so the name is tried first.
/// </summary>
internal sealed record SpeakerEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    string Bio,
    string? Slug,
    int Line,
    int Column,
    bool NameFirstForSlug = false)
{
    /// <summary>Front matter or sidecar <c>person</c>: the id of an entry of <c>people.yml</c>, or null.</summary>
    public string? Person { get; init; }
}
