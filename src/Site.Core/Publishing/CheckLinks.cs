using System.Collections.Concurrent;
using Site.Diagnostics;
using Site.Urls;

namespace Site.Publishing;

/// <summary>
/// Checks every internal link and fragment of every HTML page in a built site folder, the way a browser would
/// resolve them under the base path: <c>href</c> and <c>src</c> attributes, percent-decoded as UTF-8, fragments
/// matched against the <c>id</c>s (and <c>&lt;a name&gt;</c>s) of the target page. Pages are scanned once each, in
/// parallel; broken links come back as diagnostics at the line and column of the attribute in the HTML.
/// </summary>
public sealed class CheckLinks(UrlHelper urls, Severity severity)
{
    /// <summary>The page GitHub Pages serves for any missing address.</summary>
    public const string NotFoundPage = "404.html";

    /// <param name="root">The built site (the staging folder during a build).</param>
    /// <param name="displayPath">Turns an output-relative path (<c>about/index.html</c>) into the path shown in diagnostics.</param>
    /// <param name="sources">Optional: the source file of each output path, named in the message.</param>
    /// <param name="scanned">Optional: pages already scanned (as they were written); the others are read from disk.</param>
    /// <param name="files">Optional: every file of the site, when the caller knows them; otherwise the folder is listed.</param>
    public IReadOnlyList<Diagnostic> Check(
        string root,
        Func<string, string> displayPath,
        IReadOnlyDictionary<string, string>? sources = null,
        IReadOnlyDictionary<string, PageScan>? scanned = null,
        IEnumerable<string>? files = null)
    {
        var site = files is null ? SiteFiles.List(root) : SiteFiles.Of(files);
        var pages = site.Files.Where(IsHtml).ToList();
        IReadOnlyDictionary<string, PageScan> scans;
        if (scanned is not null && pages.TrueForAll(scanned.ContainsKey))
        {
            scans = scanned; // a build scanned every page as it wrote it
        }
        else
        {
            var read = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
            Parallel.ForEach(pages, page => read[page] = scanned?.GetValueOrDefault(page) ?? PageScan.Read(Path.Combine(root, page)));
            scans = read;
        }

        var diagnostics = new ConcurrentBag<Diagnostic>();

        // Most links are the same on every page (navigation, the theme's assets): a root-relative link means the
        // same thing wherever it is, so each is resolved once. Links to a turn of another page are mostly distinct,
        // but many share their page: the file a root-relative path reaches is found once too.
        var rootRelative = new ConcurrentDictionary<string, (string Code, string Message)?>(StringComparer.Ordinal);
        var rootTargets = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            string? html = null;
            foreach (var link in scans[page].Links)
            {
                var problem = link.Value.StartsWith('/') && !link.Value.StartsWith("//", StringComparison.Ordinal) && !link.Value.Contains('#')
                    ? rootRelative.GetOrAdd(link.Value, value => Resolve(page, value, site, scans, rootTargets))
                    : Resolve(page, link.Value, site, scans, rootTargets);
                if (problem is not null)
                {
                    // Scans keep offsets only: the page is read again for the line and column of what is reported.
                    html ??= ReadPage(root, page);
                    var (line, column) = PageScan.PositionOf(html, link.Offset);
                    var source = sources?.GetValueOrDefault(page) is { } from ? $" (in the page built from {from})" : string.Empty;
                    diagnostics.Add(new Diagnostic(severity, problem.Value.Code, displayPath(page), line, column, problem.Value.Message + source));
                }
            }
        });

        return diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
    }

    /// <summary>Whether a root-relative link with no fragment reaches a file of <paramref name="site"/> (see <see cref="PlannedFiles"/>).</summary>
    internal bool Reaches(string rootRelative, SiteFiles site) =>
        rootRelative.StartsWith('/') && !rootRelative.Contains('#') && Resolve(string.Empty, rootRelative, site, NoScans) is null;

    private static readonly Dictionary<string, PageScan> NoScans = new(StringComparer.Ordinal);

    /// <param name="rootTargets">Optional: the file each root-relative path reaches (null: none), shared by the calls of one check.</param>
    private (string Code, string Message)? Resolve(string page, string value, SiteFiles site, IReadOnlyDictionary<string, PageScan> scans, ConcurrentDictionary<string, string?>? rootTargets = null)
    {
        var link = value.Trim(' ', '\t', '\n', '\r', '\f');
        if (urls.BaseUrl.Length > 0 && link.StartsWith(urls.BaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            link = urls.BasePath + link[urls.BaseUrl.Length..];
        }
        else if (link.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || HasScheme(link))
        {
            return null; // external, or the page itself
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : link[(hash + 1)..];
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (page == NotFoundPage && path.Length > 0 && !path.StartsWith('/'))
        {
            return (DiagnosticCodes.BrokenLink, $"relative link '{value}' in {NotFoundPage}: GitHub Pages serves this page at any missing address, at any depth, so its links must start with {urls.BasePath}");
        }

        string? target;
        if (path.Length == 0)
        {
            target = page;
        }
        else
        {
            target = rootTargets is not null && path.StartsWith('/')
                ? rootTargets.GetOrAdd(path, rootPath => Find(page, rootPath, site))
                : Find(page, path, site);
            if (target is null)
            {
                var relative = ToSiteRelative(page, path);
                return relative is null
                    ? (DiagnosticCodes.BrokenLink, $"broken link '{value}': it points outside the site's base path {urls.BasePath}")
                    : (DiagnosticCodes.BrokenLink, $"broken link '{value}': there is no {urls.BasePath}{relative} in the output");
            }
        }

        if (string.IsNullOrEmpty(fragment) || !IsHtml(target) || !scans.TryGetValue(target, out var scan))
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment);

        // The HTML standard scrolls to the top for "#top" even when no element has that id.
        if (scan.HasId(id) || id.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (DiagnosticCodes.BrokenFragment, $"broken link '{value}': {urls.BasePath}{UrlOfFile(target)} has no element with id '{id}'");
    }

    /// <summary>The file of the site a link's path (without query or fragment) reaches from <paramref name="page"/>, or null.</summary>
    private string? Find(string page, string path, SiteFiles site) => ToSiteRelative(page, path) is { } relative ? site.Find(relative) : null;

    private static string ReadPage(string root, string page)
    {
        try
        {
            return File.ReadAllText(Path.Combine(root, page));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty; // reported at line 1 rather than not at all
        }
    }

    /// <summary>The decoded path below the base path (e.g. <c>关于/</c>), or null if it leaves the base path.</summary>
    private string? ToSiteRelative(string page, string path)
    {
        string joined;
        if (path.StartsWith('/'))
        {
            if (path + "/" == urls.BasePath)
            {
                return string.Empty;
            }

            if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal))
            {
                return null;
            }

            joined = path[urls.BasePath.Length..];
        }
        else
        {
            var folder = page.LastIndexOf('/') is var slash and >= 0 ? page[..(slash + 1)] : string.Empty;
            joined = folder + path;
        }

        var segments = new List<string>();
        var parts = joined.Split('/');
        for (var index = 0; index < parts.Length; index++)
        {
            var part = Uri.UnescapeDataString(parts[index]);
            var last = index == parts.Length - 1;
            if (part == ".")
            {
                if (last)
                {
                    segments.Add(string.Empty);
                }
            }
            else if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                if (last)
                {
                    segments.Add(string.Empty);
                }
            }
            else if (part.Length > 0 || last)
            {
                segments.Add(part);
            }
        }

        return string.Join('/', segments);
    }

    private static string UrlOfFile(string file) =>
        file == "index.html" ? string.Empty : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(link[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(link[i]) && link[i] is not '+' and not '-' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a file of the site is an HTML page (the pages the checker scans).</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
