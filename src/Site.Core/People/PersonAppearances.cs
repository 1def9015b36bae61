namespace Site.People;

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
