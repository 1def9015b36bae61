using Microsoft.Playwright;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// The page kinds of a series (<see cref="SeriesBrowserSite"/>): the home page listing episodes and its second page,
/// the people index, a person page and a glossary term's conversations page have no axe-core violations in either
/// colour scheme, and can be used with the keyboard alone.
/// </summary>
public sealed class SeriesAccessibilityBrowserTests(SeriesBrowserSite site) : IClassFixture<SeriesBrowserSite>
{
    /// <summary>One page of each kind of a series, by path.</summary>
    public static readonly TheoryData<string, string> Pages = new()
    {
        { "home (episodes)", "" },
        { "second home page", "page/2/" },
        { "people index", "people/" },
        { "person", "people/ethan-zhou/" },
        { "glossary term conversations", "glossary/world-model/conversations/" },
        { "glossary term of a series", "glossary/world-model/" },
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

    [BrowserTheory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Every_kind_of_series_page_has_no_violations(string kind, string path, string scheme)
    {
        var page = await OpenAsync(path, scheme);
        await Axe.AssertNoViolationsAsync(page, $"the {kind} page (/{path}, {scheme})");
        await page.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Every_kind_of_series_page_works_with_the_keyboard(string kind, string path)
    {
        var page = await OpenAsync(path, "light");
        await TabStops.AssertSkipLinkAndVisibleFocusAsync(page, $"the {kind} page (/{path})");
        await page.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string path, string scheme)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce, // no fade-in: opacity is final when it is read
        });
        var response = await page.GotoAsync(new Uri(site.BaseUrl, path).ToString());
        Assert.True(response is { Ok: true }, $"/{path} answered {response?.Status}");
        return page;
    }
}
