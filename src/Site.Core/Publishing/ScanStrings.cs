namespace Site.Publishing;

/// <summary>
/// The strings of a build's page scans, each kept once per thread: a build keeps the scan of every page until the
/// link check, and most links and ids repeat from page to page (navigation, glossary links, turn ids). A table per
/// thread needs no locks on the path every attribute of every page takes; a string is kept at most once per core.
/// </summary>
public sealed class ScanStrings
{
    // The table of the build this thread last scanned for (kept until the thread scans for another build).
    [ThreadStatic]
    private static Table? t_table;

    /// <summary>The string with these characters, made only the first time this thread sees them.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        var table = t_table;
        if (table is null || !ReferenceEquals(table.Owner, this))
        {
            t_table = table = new Table(this);
        }
        if (table.Lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        table.Strings[made] = made;
        return made;
    }

    private sealed class Table
    {
        public Table(ScanStrings owner)
        {
            Owner = owner;
            Lookup = Strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ScanStrings Owner { get; }

        public Dictionary<string, string> Strings { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
