namespace Site.Transcripts;

public enum TranscriptPageKind
{
    Overview,
    Section,
    Speaker,
    SectionsIndex,
    SpeakersIndex,
    Home,
}

/// <summary>
/// What a planned transcript page will show, kept in its document's metadata until PostProcess writes its Markdown:
/// its transcript's lease (or every transcript's, for the indexes), and which section or speaker.
/// </summary>
/// <param name="Lease">The page's own transcript; null for the indexes.</param>
/// <param name="All">Every transcript, in URL order, for the indexes; empty for a transcript's own pages.</param>
public sealed record TranscriptPage(
    TranscriptPageKind Kind,
    TranscriptLease? Lease,
    IReadOnlyList<TranscriptLease> All,
    TranscriptUrls Urls,
    int SectionIndex = -1,
    string? SpeakerSlug = null)
{
    /// <summary>Every episode in series order, for the home pages (<see cref="TranscriptPageKind.Home"/>).</summary>
    public IReadOnlyList<Episodes.Episode> Episodes { get; init; } = [];

    /// <summary>Which page of a paginated list (from 1): the home page (<c>/</c>, then <c>/page/2/</c>, ...) and the indexes.</summary>
    public int PageNumber { get; init; } = 1;

    /// <summary>How many pages the index this page belongs to has; its <see cref="All"/> are this page's share.</summary>
    public int PageCount { get; init; } = 1;

    /// <summary>The page's transcript (see <see cref="TranscriptLease.Transcript"/>).</summary>
    public Transcript Transcript => (Lease ?? throw new InvalidOperationException($"a {Kind} page has no transcript of its own")).Transcript;

    /// <summary>Every transcript, for the indexes.</summary>
    public IReadOnlyList<Transcript> AllTranscripts => All.Select(lease => lease.Transcript).ToList();

    /// <summary>Takes the leases this page reads, when it is planned (each is given back by <see cref="ReturnLeases"/>).</summary>
    public TranscriptPage BorrowLeases()
    {
        foreach (var lease in Lease is null ? All : [Lease])
        {
            lease.Borrow();
        }

        return this;
    }

    /// <summary>Gives back the leases this page holds, once it is written: the transcripts whose last page it was.</summary>
    public IEnumerable<Transcript> ReturnLeases()
    {
        var done = new List<Transcript>();
        foreach (var lease in Lease is null ? All : [Lease])
        {
            if (lease.Return() is { } transcript)
            {
                done.Add(transcript);
            }
        }

        return done;
    }
}
