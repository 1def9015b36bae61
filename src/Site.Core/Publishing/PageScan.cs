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

    public static PageScan Read(string path) => Parse(File.ReadAllText(path));

    public static PageScan Parse(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        int line = 1, lineStart = 0, scanned = 0;
        foreach (var attribute in HtmlScanner.Attributes(html))
        {
            if (attribute.Name == "id" || (attribute.Name == "name" && attribute.Tag == "a"))
            {
                ids.Add(attribute.Value);
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

                links.Add(new PageLink(attribute.Value, line, attribute.Offset - lineStart + 1));
            }
        }

        return new PageScan(ids, links);
    }
}
