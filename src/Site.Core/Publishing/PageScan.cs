using Site.Html;

namespace Site.Publishing;

/// <summary>A link of a page: the attribute value and where it stands in the HTML (1-based).</summary>
public readonly record struct PageLink(string Value, int Line, int Column);

/// <summary>What the link checker needs of one HTML page, read once: the ids it offers and the links it holds.</summary>
public sealed class PageScan
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _idLookup;

    private PageScan(HashSet<string> ids, List<PageLink> links)
    {
        Ids = ids;
        Links = links;
        _idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the page has an element with this id, without making a string of it.</summary>
    public bool HasId(ReadOnlySpan<char> id) => _idLookup.Contains(id);

    /// <summary>Fragment targets: every <c>id</c>, and the <c>name</c> of <c>a</c> elements.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Every <c>href</c> and <c>src</c> in document order.</summary>
    public IReadOnlyList<PageLink> Links { get; }

    private static readonly HashSet<string> Wanted = new(StringComparer.Ordinal) { "id", "name", "href", "src" };

    public static PageScan Read(string path) => Parse(File.ReadAllText(path));

    /// <param name="html">The page.</param>
    /// <param name="strings">Optional: strings shared between scans (a build keeps the scan of every page).</param>
    public static PageScan Parse(string html, ScanStrings? strings = null)
    {
        var sink = new Sink(html, strings);
        HtmlScanner.Scan(html, Wanted, sink);
        sink.Ids.TrimExcess();
        sink.Links.TrimExcess();
        return new PageScan(sink.Ids, sink.Links);
    }

    private sealed class Sink(string html, ScanStrings? strings) : IHtmlAttributeSink
    {

        private int _line = 1;
        private int _lineStart;
        private int _scanned;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<PageLink> Links { get; } = [];

        public void Attribute(string tag, string name, ReadOnlySpan<char> rawValue, int offset)
        {
            if (name == "id" || (name == "name" && tag == "a"))
            {
                Ids.Add(Text(rawValue));
            }
            else if (name is "href" or "src")
            {
                // Attributes come in document order, so line numbers are counted in one pass over the text.
                if (offset > _scanned)
                {
                    var skipped = html.AsSpan(_scanned, offset - _scanned);
                    var lastBreak = skipped.LastIndexOf('\n');
                    if (lastBreak >= 0)
                    {
                        _line += skipped.Count('\n');
                        _lineStart = _scanned + lastBreak + 1;
                    }

                    _scanned = offset;
                }

                Links.Add(new PageLink(Text(rawValue), _line, offset - _lineStart + 1));
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
