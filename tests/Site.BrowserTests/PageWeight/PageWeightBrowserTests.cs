using Microsoft.Playwright;
using Site.BrowserTests.Search;
using Xunit.Abstractions;

namespace Site.BrowserTests.PageWeight;

/// <summary>
/// What a reader's browser fetches to show a section page of the seed: its HTML, CSS and JavaScript stay under
/// 100 KB. Counted before search: the search stylesheet and script and Pagefind's files serve only the search
/// dialog (Pagefind loads when it first opens), and the glossary's terms.json when a popover first shows, so they
/// are left out. Sizes are the bodies as served, uncompressed: an upper bound of what gzip would transfer.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class PageWeightBrowserTests(SearchSite site, ITestOutputHelper output)
{
    private const int Budget = 100 * 1024;

    private static bool IsSearch(Uri url) =>
        url.AbsolutePath.Contains("/pagefind/", StringComparison.Ordinal) ||
        url.AbsolutePath.EndsWith("/assets/js/search.js", StringComparison.Ordinal) ||
        url.AbsolutePath.EndsWith("/assets/css/search.css", StringComparison.Ordinal);

    [BrowserFact]
    public async Task A_section_page_of_the_seed_with_its_css_and_js_stays_under_100_KB()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(new Uri(site.BaseUrl, "sora-panel/s01/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var counted = new List<(string Url, int Bytes)>();
        var search = 0;
        foreach (var response in responses.ToList())
        {
            var type = response.Request.ResourceType;
            if (type is not ("document" or "stylesheet" or "script"))
            {
                continue;
            }

            var bytes = (await response.BodyAsync()).Length;
            if (IsSearch(new Uri(response.Url)))
            {
                search += bytes;
            }
            else
            {
                counted.Add((new Uri(response.Url).AbsolutePath, bytes));
            }
        }

        var total = counted.Sum(c => c.Bytes);
        var report = $"section page: {total / 1024.0:0.0} KB of HTML+CSS+JS (budget {Budget / 1024} KB; search assets left out: {search / 1024.0:0.0} KB)\n  " +
            string.Join("\n  ", counted.Select(c => $"{c.Bytes,7:N0}  {c.Url}"));
        output.WriteLine(report);
        Console.WriteLine(report);
        Assert.Contains(counted, c => c.Url.EndsWith("/s01/", StringComparison.Ordinal));
        Assert.Contains(counted, c => c.Url.EndsWith("/site.css", StringComparison.Ordinal));
        Assert.Contains(counted, c => c.Url.EndsWith("/site.js", StringComparison.Ordinal));
        Assert.True(total < Budget, report);
        await page.CloseAsync();
    }
}
