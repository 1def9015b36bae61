using System.Collections.Concurrent;
using Site.Html;

namespace Site.Publishing;

/// <summary>A link of a page: the attribute value and where it stands in the HTML (1-based).</summary>
public readonly record struct PageLink(string Value, int Line, int Column);

/// <summary>What the link checker needs of one HTML page, read once: the ids it offers and the links it holds.</summary>
public sealed class PageScan
{
    private PageScan(HashSet<string> ids, List<PageLink> links)
    {
        Ids = ids;
        Links = links;
    }

    /// <summary>Fragment targets: every <c>id</c>, and the <c>name</c> of <c>a</c> elements.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Every <c>href</c> and <c>src</c> in document order.</summary>
    public IReadOnlyList<PageLink> Links { get; }

    private static readonly HashSet<string> Wanted = new(StringComparer.Ordinal) { "id", "name", "href", "src" };

    public static PageScan Read(string path) => Parse(File.ReadAllText(path));

    /// <param name="html">The page.</param>
    /// <param name="pool">
    /// Optional: strings shared between scans. A build keeps the scan of every page until the link check, and most
    /// links and ids repeat from page to page (navigation, glossary links, turn ids), so each is kept once.
    /// </param>
    public static PageScan Parse(string html, ConcurrentDictionary<string, string>? pool = null)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var attribute in HtmlScanner.Attributes(html, Wanted))
        {
            if (attribute.Name == "id" || (attribute.Name == "name" && attribute.Tag == "a"))
            {
                ids.Add(pool?.GetOrAdd(attribute.Value, attribute.Value) ?? attribute.Value);
            }
            else if (attribute.Name is "href" or "src")
            {
                // Attributes come in document order, so line numbers are counted in one pass over the text.
                for (; scanned < attribute.Offset; scanned++)
                {
                    if (html[scanned] == '\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                }

                links.Add(new PageLink(pool?.GetOrAdd(attribute.Value, attribute.Value) ?? attribute.Value, line, attribute.Offset - lineStart + 1));
            }
        }

        ids.TrimExcess();
        links.TrimExcess();
        return new PageScan(ids, links);
    }
}
