using Microsoft.Playwright;
using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Glossary;

/// <summary>
/// A reader who meets a term in the transcript: with the keyboard alone they focus it and read its short
/// definition in a popover that does not cover the term, and Escape closes it.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class GlossaryPopoverBrowserTests(SearchSite site)
{
    [BrowserFact]
    public async Task Focusing_a_term_with_the_keyboard_shows_its_definition_and_Escape_closes_it()
    {
        var page = await site.OpenAsync("sora-panel/s01/");
        var term = page.Locator("a.term[data-term='diffusion-model']").First;
        await Expect(term).ToHaveTextAsync("Diffusion Model");

        // Tab from the link or button before it (a turn's "copy link"), as a keyboard user would.
        await term.EvaluateAsync("link => { const all = [...document.querySelectorAll('a[href], button')]; all[all.indexOf(link) - 1].focus(); }");
        await page.Keyboard.PressAsync("Tab");
        await Expect(term).ToBeFocusedAsync();

        var popover = page.Locator("#term-popover");
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToHaveAttributeAsync("role", "tooltip");
        await Expect(popover).ToContainTextAsync("扩散模型");
        await Expect(term).ToHaveAttributeAsync("aria-describedby", "term-popover");

        var termBox = (await term.BoundingBoxAsync())!;
        var popoverBox = (await popover.BoundingBoxAsync())!;
        var overlaps = popoverBox.Y < termBox.Y + termBox.Height && termBox.Y < popoverBox.Y + popoverBox.Height &&
            popoverBox.X < termBox.X + termBox.Width && termBox.X < popoverBox.X + popoverBox.Width;
        Assert.False(overlaps, "the popover covers the term it explains");

        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_term_is_a_link_to_its_glossary_page()
    {
        var page = await site.OpenAsync("sora-panel/s01/");
        var term = page.Locator("a.term[data-term='diffusion-model']").First;

        Assert.Equal(SearchSite.BasePath + "glossary/diffusion-model/", await term.GetAttributeAsync("href"));
        await page.CloseAsync();
    }
}
