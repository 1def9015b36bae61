using Microsoft.Playwright;
using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// The reading aids of a section page: "copy link" beside every turn (the keyboard reaches it, the clipboard gets
/// the turn's address, a live region says so), j / k between turns, and a print stylesheet for a clean transcript.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class ReadingAidsBrowserTests(SearchSite site)
{
    private const string Section = "sora-panel/s01/";

    private string SectionUrl => new Uri(site.BaseUrl, Section).ToString();

    private async Task<IPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize = new ViewportSize { Width = 1200, Height = 800 };
        var context = await site.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(SectionUrl);
        return page;
    }

    [BrowserFact]
    public async Task Every_turn_has_a_copy_link_button_that_puts_its_address_on_the_clipboard_and_says_so()
    {
        var page = await OpenAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var turns = page.Locator(".turn[id]");
        await Expect(page.Locator(".turn[id] .turn-copy")).ToHaveCountAsync(await turns.CountAsync());

        // The keyboard reaches the button right after the turn's permalink.
        var turn = page.Locator("#s01-t03");
        await turn.Locator("a.permalink").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var button = turn.Locator(".turn-copy");
        await Expect(button).ToBeFocusedAsync();
        await Expect(button).ToHaveTextAsync("复制链接");
        await Expect(button).ToBeVisibleAsync();
        await Expect(button).ToHaveCSSAsync("opacity", "1");

        await page.Keyboard.PressAsync("Enter");
        await Expect(button).ToHaveTextAsync("链接已复制");
        await Expect(page.Locator("main [role=status][aria-live=polite]")).ToHaveTextAsync("链接已复制");
        Assert.Equal(SectionUrl + "#s01-t03", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Without_the_clipboard_API_the_link_is_copied_from_a_selection()
    {
        var page = await OpenAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        // As on a page served over plain http: no navigator.clipboard.writeText to call.
        await page.EvaluateAsync("() => { navigator.clipboard.writeText = undefined; }");
        await page.Locator("#s01-t05 .turn-copy").ClickAsync();
        await Expect(page.Locator("#s01-t05 .turn-copy")).ToHaveTextAsync("链接已复制");
        Assert.Equal(SectionUrl + "#s01-t05", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task J_and_k_move_between_turns_and_update_the_address_but_not_while_typing_or_with_a_modifier()
    {
        var page = await OpenAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator("#s01-t01")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        var third = page.Locator("#s01-t03");
        await Expect(third).ToBeFocusedAsync();
        await Expect(third).ToBeInViewportAsync();
        Assert.EndsWith("#s01-t03", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("k");
        await Expect(page.Locator("#s01-t02")).ToBeFocusedAsync();
        Assert.EndsWith("#s01-t02", page.Url, StringComparison.Ordinal);

        // A modifier leaves the key to the browser; letters typed into the search box are words.
        await page.Keyboard.PressAsync("Control+j");
        await page.Keyboard.PressAsync("Alt+j");
        await Expect(page.Locator("#s01-t02")).ToBeFocusedAsync();
        var dialog = new SearchDialog(page);
        await dialog.OpenWithSlashAsync();
        await page.Keyboard.TypeAsync("jk");
        await Expect(dialog.Input).ToHaveValueAsync("jk");
        Assert.EndsWith("#s01-t02", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Printing_leaves_out_navigation_search_and_buttons_and_prints_each_turns_address()
    {
        var page = await OpenAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var hidden in new[] { ".skip-link", ".site-nav", ".search-open", ".transcript-nav", ".pager", ".turn-copy" })
        {
            var element = page.Locator(hidden).First;
            await Expect(element).ToBeAttachedAsync();
            await Expect(element).ToBeHiddenAsync();
        }

        var turn = page.Locator("#s01-t03");
        await Expect(turn.Locator("a.speaker")).ToBeVisibleAsync();
        await Expect(turn.Locator("a.speaker")).ToContainTextAsync("SHAUN");
        Assert.Equal(
            $"\"{SectionUrl}#s01-t03\"",
            await turn.Locator("a.permalink").EvaluateAsync<string>("link => getComputedStyle(link, '::after').content"));
        await page.Context.CloseAsync();
    }
}
