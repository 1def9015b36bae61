using System.Collections.Concurrent;
using Site.Urls;

namespace Site.Publishing;

/// <summary>
/// The files a build is going to write, known once every pipeline has processed: a root-relative link without a
/// fragment that reaches one of them is settled before any page is written, so page scans need not keep it for the
/// link check. At a thousand transcripts that is most links of every page (navigation, speakers, sections, glossary
/// terms), which the build otherwise kept until its end and resolved again there.
/// </summary>
public sealed class PlannedFiles
{
    private readonly SiteFiles _files;
    private readonly CheckLinks _checker;
    private readonly ConcurrentDictionary<string, bool> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="urls">The site's base path, as links are checked.</param>
    /// <param name="files">Output-relative paths (<c>a/index.html</c>) that the build will write.</param>
    public PlannedFiles(UrlHelper urls, IEnumerable<string> files)
    {
        _files = SiteFiles.Of(files);
        _checker = new CheckLinks(urls, Diagnostics.Severity.Warning);
        _lookup = _answers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Whether <paramref name="rawValue"/> (an <c>href</c> or <c>src</c> as written) is a root-relative link, with no
    /// fragment and no character reference, that reaches a planned file. False means "check it later", not "broken".
    /// </summary>
    public bool Reaches(ReadOnlySpan<char> rawValue)
    {
        if (rawValue.Length == 0 || rawValue[0] != '/' || rawValue.StartsWith("//") || rawValue.ContainsAny('#', '&'))
        {
            return false;
        }

        if (_lookup.TryGetValue(rawValue, out var known))
        {
            return known;
        }

        // Decided once per distinct link, by the checker itself: the same answer the end of the build would give.
        return _answers.GetOrAdd(rawValue.ToString(), value => _checker.Reaches(value, _files));
    }
}
