namespace Site.People;

/// <summary>
/// One page of a person, planned in Process (<see cref="GeneratePeoplePages"/>) and written in PostProcess
/// (<see cref="WritePersonPages"/>): what it needs of the transcripts is in the small <see cref="PersonAppearance"/>
/// records, shared by the person's pages, so no page's Markdown or HTML waits in memory for its turn to be written.
/// </summary>
/// <param name="Number">This page, from 1; <paramref name="Count"/> pages in all.</param>
public sealed record PersonPage(Person Person, PersonAppearances Appearances, int Number, int Count);

/// <summary>
/// Every appearance of a person, first to last (<see cref="PersonMarkdown.Chronological"/>), lent to their pages and
/// let go once the last of them is written: the documents planned in Process live to the end of the build.
/// </summary>
public sealed class PersonAppearances(IReadOnlyList<PersonAppearance> appearances, int pages)
{
    private IReadOnlyList<PersonAppearance>? _appearances = appearances;
    private int _pages = pages;

    public IReadOnlyList<PersonAppearance> List =>
        Volatile.Read(ref _appearances) ?? throw new InvalidOperationException("a person's appearances were read after their last page was written");

    /// <summary>Called once by each page when it is written; the last lets the appearances go.</summary>
    public void Return()
    {
        if (Interlocked.Decrement(ref _pages) == 0)
        {
            Volatile.Write(ref _appearances, null);
        }
    }
}
