using Microsoft.Playwright;
using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// A reader with the keyboard alone: the skip link leads into the main content, every stop of Tab shows where focus
/// is, and the glossary popover and the search dialog open from the keyboard and close with Escape.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class KeyboardBrowserTests(SearchSite site)
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
            ReducedMotion = ReducedMotion.Reduce, // no fade-in: opacity is final when it is read
        });
        await page.GotoAsync(new Uri(site.BaseUrl, path).ToString());
        return page;
    }

    [BrowserTheory]
    [InlineData("")]
    [InlineData("sora-panel/s01/")]
    [InlineData("glossary/diffusion-model/")]
    public async Task The_skip_link_comes_first_and_every_tab_stop_shows_its_focus(string path)
    {
        var page = await OpenAsync(path);
        await TabStops.AssertSkipLinkAndVisibleFocusAsync(page, "/" + path);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Search_opens_from_its_button_and_closes_with_Escape_returning_focus()
    {
        var page = await OpenAsync("sora-panel/s01/");
        var open = page.Locator(".search-open");
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = new SearchDialog(page);
        await Expect(dialog.Dialog).ToBeVisibleAsync();
        await Expect(dialog.Input).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("扩散模型");
        await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(".search-result__link").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog.Dialog).ToBeHiddenAsync();
        await Expect(open).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_glossary_term_reached_with_Tab_shows_its_popover_and_Escape_closes_it()
    {
        var page = await OpenAsync("sora-panel/s01/");
        var popover = page.Locator("#term-popover");
        for (var stop = 0; stop < 300 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.term')"); stop++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.Locator("a.term:focus")).ToHaveCountAsync(1);
        await Expect(popover).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(page.Locator("a.term:focus")).ToHaveCountAsync(1);
        await page.CloseAsync();
    }
}
