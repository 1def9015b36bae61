using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Search;

/// <summary>One result as the dialog shows it.</summary>
public sealed record ShownResult(string Href, string Badge, string Title, string Excerpt, bool IsTurn);

/// <summary>Drives the search dialog of a page the way a reader does: the <c>/</c> key, typing, the filters.</summary>
public sealed partial class SearchDialog(IPage page)
{
    public ILocator Dialog => page.Locator("#search-dialog");

    public ILocator Input => page.Locator("#search-input");

    public ILocator Status => page.Locator("[data-search-status]");

    public async Task OpenWithSlashAsync()
    {
        await page.Locator("body").PressAsync("/");
        await Expect(Dialog).ToBeVisibleAsync();
        await Expect(Input).ToBeFocusedAsync();
        // The filters are filled once the index has loaded.
        await Expect(page.Locator("[data-search-filter=speaker] option").Nth(1)).ToBeAttachedAsync();
    }

    /// <summary>Types <paramref name="query"/> and returns the results once the dialog has drawn them.</summary>
    public async Task<IReadOnlyList<ShownResult>> SearchAsync(string query)
    {
        await Input.FillAsync(query);
        return await ResultsAsync();
    }

    public async Task<IReadOnlyList<ShownResult>> FilterAsync(string filter, string value)
    {
        var select = page.Locator($"[data-search-filter={filter}]");
        // Wait for the new result list: the count line changes, or the items do.
        var before = await Status.TextContentAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = value });
        await page.WaitForFunctionAsync("before => document.querySelector('[data-search-status]').textContent !== before", before);
        return await ResultsAsync();
    }

    /// <summary>The number the count line states (0 when it says nothing was found).</summary>
    public async Task<int> StatedCountAsync()
    {
        var match = Count().Match(await Status.TextContentAsync() ?? string.Empty);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    public async Task<IReadOnlyList<ShownResult>> ResultsAsync()
    {
        await Expect(Status).ToHaveTextAsync(CountOrNone());
        var status = await Status.TextContentAsync() ?? string.Empty;
        var match = Count().Match(status);
        var expected = match.Success ? Math.Min(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 20) : 0;
        var items = page.Locator(".search-result");
        await Expect(items).ToHaveCountAsync(expected);
        var results = new List<ShownResult>();
        for (var index = 0; index < expected; index++)
        {
            var item = items.Nth(index);
            var badge = item.Locator(".search-result__speaker, .search-result__kind");
            results.Add(new ShownResult(
                await item.Locator("a").GetAttributeAsync("href") ?? string.Empty,
                await badge.TextContentAsync() ?? string.Empty,
                await item.Locator(".search-result__title").TextContentAsync() ?? string.Empty,
                await item.Locator(".search-result__excerpt").InnerHTMLAsync(),
                await item.GetAttributeAsync("class") is { } css && css.Contains("search-result--turn", StringComparison.Ordinal)));
        }

        return results;
    }

    [GeneratedRegex(@"共 (\d+) 条结果|没有找到|没有结果")]
    private static partial Regex CountOrNone();

    [GeneratedRegex(@"共 (\d+) 条结果")]
    private static partial Regex Count();
}
