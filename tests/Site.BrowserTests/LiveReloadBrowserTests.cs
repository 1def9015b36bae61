using Microsoft.Playwright;

namespace Site.BrowserTests;

/// <summary>What a writer sees in the browser while <c>site serve</c> runs: nobody touches the page, it follows the files.</summary>
public sealed class LiveReloadBrowserTests : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [BrowserFact]
    public async Task A_saved_page_appears_without_touching_the_browser()
    {
        await using var site = await PreviewSite.StartAsync();
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf("/about/").ToString());
        await site.WaitForListenersAsync();

        await File.AppendAllTextAsync(site.AboutPath, "\nWritten while the page was open.\n");

        await Assertions.Expect(page.GetByText("Written while the page was open.")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_scroll_position_survives_the_reload()
    {
        var longPage = string.Join("\n\n", Enumerable.Range(1, 200).Select(n => $"Paragraph {n} of a long page."));
        await using var site = await PreviewSite.StartAsync(longPage);
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf("/about/").ToString());
        await site.WaitForListenersAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 1500)");
        await page.EvaluateAsync("() => window.__before = true");

        await File.AppendAllTextAsync(site.AboutPath, "\n\nThe last paragraph, added later.\n");

        await Assertions.Expect(page.GetByText("The last paragraph, added later.")).ToBeAttachedAsync();
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__before"));
        Assert.Equal(1500, await page.EvaluateAsync<double>("() => window.scrollY"), 0);
    }

    [BrowserFact]
    public async Task A_stylesheet_change_is_swapped_in_without_a_page_load()
    {
        await using var site = await PreviewSite.StartAsync();
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf("/about/").ToString());
        await site.WaitForListenersAsync();
        await page.EvaluateAsync("() => window.__survivor = 42");
        var loads = 0;
        page.Load += (_, _) => loads++;

        await File.AppendAllTextAsync(site.StylesheetPath, "\nbody { background-color: rgb(1, 2, 3) !important; }\n");

        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'");
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__survivor"));
        Assert.Equal(0, loads);
    }

    [BrowserFact]
    public async Task A_broken_template_shows_the_errors_over_the_page_until_it_is_fixed()
    {
        await using var site = await PreviewSite.StartAsync();
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(site.UrlOf("/about/").ToString());
        await site.WaitForListenersAsync();
        var good = await File.ReadAllTextAsync(site.PageLayoutPath);

        await File.WriteAllTextAsync(site.PageLayoutPath, good + "\n{{ if }}\n");

        var overlay = page.Locator("#__site-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(overlay).ToContainTextAsync("layouts/page.html(");
        await Assertions.Expect(overlay).ToContainTextAsync("error SITE202");
        // The message quotes "<expression>": shown as text, never parsed as markup.
        await Assertions.Expect(overlay).ToContainTextAsync("<expression>");
        Assert.Equal(0, await page.Locator("#__site-overlay expression").CountAsync());
        await Assertions.Expect(page.GetByText(PreviewSite.AboutText)).ToBeAttachedAsync();

        await File.WriteAllTextAsync(site.PageLayoutPath, good);

        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText(PreviewSite.AboutText)).ToBeVisibleAsync();
    }
}
