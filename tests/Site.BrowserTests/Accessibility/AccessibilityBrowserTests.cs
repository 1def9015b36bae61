using Microsoft.Playwright;
using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// axe-core finds nothing on any kind of page of the built Sora panel, in the light and the dark colour scheme,
/// nor with the search dialog open on its results or a glossary popover open.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class AccessibilityBrowserTests(SearchSite site)
{
    /// <summary>One page of each kind, by path under the base path (the site has one transcript: its overview is the home page).</summary>
    public static readonly TheoryData<string, string> Pages = new()
    {
        { "home (transcript overview)", "" },
        { "section", "sora-panel/s01/" },
        { "speaker", "sora-panel/speakers/ethan/" },
        { "glossary index", "glossary/" },
        { "glossary term", "glossary/diffusion-model/" },
        { "sections index", "sections/" },
        { "speakers index", "speakers/" },
        { "about page", "about/" },
        { "404", "404.html" },
    };

    public static TheoryData<string, string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Pages)
        {
            data.Add((string)row[0], (string)row[1], "light");
            data.Add((string)row[0], (string)row[1], "dark");
        }

        return data;
    }

    public static TheoryData<string> Schemes => new() { "light", "dark" };

    [BrowserTheory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Every_kind_of_page_has_no_violations(string kind, string path, string scheme)
    {
        var page = await OpenAsync(path, scheme);
        await Axe.AssertNoViolationsAsync(page, $"the {kind} page ({path}, {scheme})");
        await page.CloseAsync();
    }

    /// <summary>On a phone the transcript's sections and speakers fold into a disclosure above the text.</summary>
    [BrowserTheory]
    [InlineData("", "light")]
    [InlineData("", "dark")]
    [InlineData("sora-panel/s01/", "light")]
    [InlineData("sora-panel/s01/", "dark")]
    public async Task Transcript_pages_on_a_phone_have_no_violations(string path, string scheme)
    {
        var page = await OpenAsync(path, scheme, new ViewportSize { Width = 390, Height = 844 });
        await Axe.AssertNoViolationsAsync(page, $"/{path} on a phone ({scheme})");
        await page.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task The_search_dialog_showing_results_has_no_violations(string scheme)
    {
        var page = await OpenAsync("sora-panel/s01/", scheme);
        var dialog = new SearchDialog(page);
        await dialog.OpenWithSlashAsync();
        Assert.NotEmpty(await dialog.SearchAsync("扩散模型"));
        await Axe.AssertNoViolationsAsync(page, $"the search dialog with results ({scheme})");
        await page.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task An_open_glossary_popover_has_no_violations(string scheme)
    {
        var page = await OpenAsync("sora-panel/s01/", scheme);
        await page.Locator("a.term[data-term='diffusion-model']").First.FocusAsync();
        await Expect(page.Locator("#term-popover")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, $"a section page with a glossary popover open ({scheme})");
        await page.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Schemes))]
    public async Task A_turn_showing_its_permalink_and_copy_button_has_no_violations(string scheme)
    {
        var page = await OpenAsync("sora-panel/s01/", scheme);
        await page.Keyboard.PressAsync("j"); // the first turn gets focus: its permalink and "copy link" show
        await Expect(page.Locator("#s01-t01 .turn-copy")).ToHaveCSSAsync("opacity", "1");
        await Axe.AssertNoViolationsAsync(page, $"a section page with a turn focused ({scheme})");
        await page.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string path, string scheme, ViewportSize? viewport = null)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1200, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var response = await page.GotoAsync(new Uri(site.BaseUrl, path).ToString());
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        return page;
    }
}
