using System.Net;
using System.Text.RegularExpressions;

namespace Site.Tests.Publishing;

/// <summary>
/// Follows every link of every HTML page over HTTP, as a visitor would, from the start pages; reports each link
/// that does not answer 200 and each fragment with no matching <c>id</c> or <c>name</c> in its page. Stays under
/// <c>scope</c>; links outside it are reported too, since a site under a base path must not leave it.
/// </summary>
internal static partial class Crawler
{
    private const int MaxPages = 2000;

    public static async Task<List<string>> CrawlAsync(HttpClient http, Uri scope, IEnumerable<(Uri Page, string Html)> extraPages, params Uri[] starts)
    {
        var problems = new List<string>();
        var ids = new Dictionary<Uri, HashSet<string>>();
        var fragments = new List<(Uri From, Uri Target, string Fragment, string Link)>();
        var queue = new Queue<(Uri Url, Uri From)>(starts.Select(s => (s, s)));
        var seen = new HashSet<Uri>(starts);

        void Follow(Uri page, string html)
        {
            ids[page] = IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value + m.Groups[2].Value)).ToHashSet(StringComparer.Ordinal);
            foreach (Match match in UrlAttribute().Matches(html))
            {
                var link = WebUtility.HtmlDecode(match.Groups[1].Value + match.Groups[2].Value);
                var target = new Uri(page, link);
                if (target.Scheme is not ("http" or "https") || target.Authority != scope.Authority)
                {
                    continue;
                }

                if (!target.AbsolutePath.StartsWith(scope.AbsolutePath, StringComparison.Ordinal))
                {
                    problems.Add($"{page.AbsolutePath}: '{link}' leaves {scope.AbsolutePath}");
                    continue;
                }

                var withoutFragment = new UriBuilder(target) { Fragment = string.Empty }.Uri;
                if (target.Fragment.Length > 1)
                {
                    fragments.Add((page, withoutFragment, Uri.UnescapeDataString(target.Fragment[1..]), link));
                }

                if (seen.Add(withoutFragment))
                {
                    queue.Enqueue((withoutFragment, page));
                }
            }
        }

        foreach (var (page, html) in extraPages)
        {
            // Already "fetched": its own links (#main) stay on it.
            seen.Add(page);
            Follow(page, html);
        }

        while (queue.Count > 0 && ids.Count < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            using var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{from.AbsolutePath}: {url.AbsolutePath} answered {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                // Redirects (a folder without its slash) resolve the page's links against where they landed.
                Follow(response.RequestMessage?.RequestUri ?? url, await response.Content.ReadAsStringAsync());
            }
        }

        foreach (var (from, target, fragment, link) in fragments)
        {
            var page = ids.Keys.FirstOrDefault(k => k == target) ?? ids.Keys.FirstOrDefault(k => k.AbsolutePath == target.AbsolutePath + "/");
            if (page is not null && !ids[page].Contains(fragment))
            {
                problems.Add($"{from.AbsolutePath}: '{link}' has no element with id '{fragment}'");
            }
        }

        return problems;
    }

    [GeneratedRegex("""\s(?:href|src)\s*=\s*"([^"]*)"|\s(?:href|src)\s*=\s*'([^']*)'""")]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("""\sid\s*=\s*"([^"]*)"|\sid\s*=\s*'([^']*)'""")]
    private static partial Regex IdAttribute();
}
