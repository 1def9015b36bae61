using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Charts;

/// <summary>A reader clicks a mark of the conversation strip and lands on that turn: scrolled into view and :target.</summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class StripBrowserTests(SearchSite site)
{
    [BrowserFact]
    public async Task Clicking_a_section_strip_segment_lands_on_its_turn()
    {
        var page = await site.OpenAsync("sora-panel/s01/");
        var segment = page.Locator("svg.strip a").Nth(9);
        var label = await segment.GetAttributeAsync("aria-label");
        Assert.False(string.IsNullOrEmpty(label));

        await segment.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#s01-t10$"));
        var turn = page.Locator("#s01-t10");
        await Expect(turn).ToBeInViewportAsync();
        Assert.True(await turn.EvaluateAsync<bool>("turn => turn.matches(':target')"));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_an_overview_strip_segment_opens_its_section_at_the_turn()
    {
        var page = await site.OpenAsync("");
        var segment = page.Locator("svg.strip a[href$='#s03-t05']");
        await Expect(segment).ToHaveCountAsync(1);

        await segment.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/s03/#s03-t05$"));
        var turn = page.Locator("#s03-t05");
        await Expect(turn).ToBeInViewportAsync();
        Assert.True(await turn.EvaluateAsync<bool>("turn => turn.matches(':target')"));
        await page.CloseAsync();
    }
}
