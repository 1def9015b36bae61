using Site.Html;

namespace Site.Publishing;

/// <summary>
/// A link of a page: the attribute value, and where the value starts in the HTML (0-based); the line and column are
/// worked out from the page (<see cref="PageScan.PositionOf"/>) only for the few links a check reports.
/// </summary>
public readonly record struct PageLink(string Value, int Offset);

/// <summary>
/// What the link checker needs of one HTML page, read once: the ids it offers and the links that need checking.
/// A build keeps one per page until its link check, so it is kept small: links to an element of the same page or to
/// a file the build writes are settled as the page is read and not kept, and the ids are a sorted array.
/// </summary>
public sealed class PageScan
{
    private readonly string[] _ids;

    private PageScan(string[] ids, PageLink[] links)
    {
        _ids = ids;
        Links = links;
    }

    /// <summary>Whether the page has an element with this id (or an <c>a</c> with this name), without making a string of it.</summary>
    public bool HasId(ReadOnlySpan<char> id)
    {
        var low = 0;
        var high = _ids.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = _ids[middle].AsSpan().SequenceCompareTo(id);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>Fragment targets: every <c>id</c>, and the <c>name</c> of <c>a</c> elements, in ordinal order.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>
    /// Every <c>href</c> and <c>src</c> in document order, but for those already known to work: fragments
    /// (<c>#turn-3</c>) that name an element of the page itself, and links to planned files (see <see cref="Parse"/>).
    /// </summary>
    public IReadOnlyList<PageLink> Links { get; }

    private static readonly HashSet<string> Wanted = new(StringComparer.Ordinal) { "id", "name", "href", "src" };

    public static PageScan Read(string path) => Parse(File.ReadAllText(path));

    /// <param name="html">The page.</param>
    /// <param name="strings">Optional: strings shared between scans (a build keeps the scan of every page).</param>
    /// <param name="planned">Optional: the files the build writes; links known to reach one are not kept.</param>
    public static PageScan Parse(string html, ScanStrings? strings = null, PlannedFiles? planned = null)
    {
        var sink = new Sink(strings, planned, [], [], []);
        HtmlScanner.Scan(html, Wanted, sink);

        var ids = sink.Ids.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var distinct = 0;
        for (var index = 0; index < ids.Length; index++)
        {
            if (distinct == 0 || !string.Equals(ids[index], ids[distinct - 1], StringComparison.Ordinal))
            {
                ids[distinct++] = ids[index];
            }
        }

        Array.Resize(ref ids, distinct);
        var scan = new PageScan(ids, []);
        var links = new List<PageLink>(sink.Links.Count);
        var fragments = sink.Fragments;
        var next = 0;
        foreach (var link in sink.Links)
        {
            // Fragments were set aside by where they are: kept in document order among the others, made into strings
            // only if no element of the page has their id (most links of a transcript page are a turn's own).
            for (; next < fragments.Count && fragments[next].Offset < link.Offset; next++)
            {
                KeepUnless(fragments[next]);
            }

            if (!(link.Value.Length > 1 && link.Value[0] == '#' && scan.HasId(link.Value.AsSpan(1))))
            {
                links.Add(link);
            }
        }

        for (; next < fragments.Count; next++)
        {
            KeepUnless(fragments[next]);
        }

        return new PageScan(ids, links.ToArray());

        void KeepUnless((int Offset, int Length) fragment)
        {
            var raw = html.AsSpan(fragment.Offset, fragment.Length);
            if (!scan.HasId(raw[1..]))
            {
                links.Add(new PageLink(strings?.Get(raw) ?? raw.ToString(), fragment.Offset));
            }
        }
    }

    /// <summary>The 1-based line and column of a 0-based offset into <paramref name="html"/>.</summary>
    public static (int Line, int Column) PositionOf(ReadOnlySpan<char> html, int offset)
    {
        offset = Math.Clamp(offset, 0, html.Length);
        var before = html[..offset];
        var lastBreak = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, offset - (lastBreak + 1) + 1);
    }

    // A struct, so that the scanner is compiled for it and calls it directly, not through the interface: the scanner
    // calls it for every id and link of every page of a build.
    private readonly struct Sink(ScanStrings? strings, PlannedFiles? planned, List<string> ids, List<PageLink> links, List<(int Offset, int Length)> fragments) : IHtmlAttributeSink
    {
        public List<string> Ids => ids;

        public List<PageLink> Links => links;

        /// <summary>Links to an element of the page (<c>#id</c>, nothing to decode), by where they are in it.</summary>
        public List<(int Offset, int Length)> Fragments => fragments;

        public void Attribute(string tag, string name, ReadOnlySpan<char> rawValue, int offset)
        {
            if (name == "id" || (name == "name" && tag == "a"))
            {
                ids.Add(Text(rawValue));
            }
            else if (name is "href" or "src")
            {
                if (rawValue.Length > 1 && rawValue[0] == '#' && !rawValue.Contains('&'))
                {
                    fragments.Add((offset, rawValue.Length));
                }
                else if (planned?.Reaches(rawValue) != true)
                {
                    links.Add(new PageLink(Text(rawValue), offset));
                }
            }
        }

        /// <summary>The decoded value, shared with other scans when possible.</summary>
        private string Text(ReadOnlySpan<char> raw)
        {
            if (raw.Contains('&'))
            {
                var decoded = HtmlScanner.Decode(raw);
                return strings?.Get(decoded) ?? decoded;
            }

            return strings?.Get(raw) ?? raw.ToString();
        }
    }
}
