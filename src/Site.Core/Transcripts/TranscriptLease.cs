using Site.Documents;

namespace Site.Transcripts;

/// <summary>
/// A parsed transcript, lent to the pages planned from it until the last of them has been written. Without leases
/// every model would live from parsing to the end of the build: at a thousand transcripts, their text, turns and
/// glossary matches were about half of what the collector kept alive, and the collector sizes its young generation
/// on what it keeps. With them, a transcript's text lives while its pages are made, as the pages are streamed out.
/// </summary>
public sealed class TranscriptLease
{
    private readonly bool _kept;
    private Transcript? _transcript;
    private int _pages;

    /// <param name="transcript">The parsed transcript, lent to every page planned with this lease (<see cref="Borrow"/>).</param>
    public TranscriptLease(Transcript transcript)
        : this(transcript, kept: false)
    {
    }

    private TranscriptLease(Transcript transcript, bool kept)
    {
        _transcript = transcript;
        _kept = kept;
        Id = transcript.Id;
    }

    /// <summary>A lease never given back: for builds that read the models after the pages (the search index).</summary>
    public static TranscriptLease Kept(Transcript transcript) => new(transcript, kept: true);

    public string Id { get; }

    /// <summary>The model; only until every page that reads it has been written.</summary>
    public Transcript Transcript =>
        Volatile.Read(ref _transcript) ?? throw new InvalidOperationException($"transcript '{Id}' was read after the last of its pages was written");

    /// <summary>
    /// Called once for each page planned with this lease (<see cref="TranscriptPage.BorrowLeases"/>), so that the
    /// count of pages to wait for is the count of pages planned, whatever kinds of pages there are.
    /// </summary>
    public void Borrow() => Interlocked.Increment(ref _pages);

    /// <summary>
    /// Called once by each page when it no longer needs the model. Returns the transcript to the last page, so that
    /// what was kept for its pages alone can go with it; null to the others.
    /// </summary>
    public Transcript? Return()
    {
        if (_kept || Interlocked.Decrement(ref _pages) != 0)
        {
            return null;
        }

        return Interlocked.Exchange(ref _transcript, null);
    }

    /// <summary>
    /// The transcripts that documents carry, each once, in order of first appearance: parsed documents
    /// (<see cref="MetadataKeys.Transcript"/>) and planned pages (their leases). Only before the pages are written.
    /// </summary>
    public static IEnumerable<Transcript> TranscriptsIn(IEnumerable<Document> documents)
    {
        var seen = new HashSet<Transcript>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
        {
            var transcript = document.Get<Transcript>(MetadataKeys.Transcript) ?? document.Get<TranscriptPage>(MetadataKeys.TranscriptPage)?.Lease?.Transcript;
            if (transcript is not null && seen.Add(transcript))
            {
                yield return transcript;
            }
        }
    }
}
