using Microsoft.Playwright;
using Site.BrowserTests.Player;

namespace Site.BrowserTests.Accessibility;

/// <summary>The section page of a timed transcript, with its player and turn times, has no axe-core violations in either scheme.</summary>
public sealed class PlayerAccessibilityBrowserTests : IAsyncLifetime
{
    private TimedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            return; // BrowserTheory skips the tests, or fails them on CI
        }

        _site = await TimedSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright, "--mute-audio");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_timed_section_page_with_its_player_has_no_violations(string scheme)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await page.GotoAsync(_site!.UrlOf("talk/s01/").ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('.player__media').readyState >= 1");
        await Axe.AssertNoViolationsAsync(page, $"a timed section page with its player ({scheme})");
        await page.CloseAsync();
    }
}
