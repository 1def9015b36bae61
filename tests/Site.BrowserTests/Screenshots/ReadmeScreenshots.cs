using Microsoft.Playwright;
using Site.BrowserTests.Search;

namespace Site.BrowserTests.Screenshots;

/// <summary>Runs only with SITE_SCREENSHOTS=1 (and Chromium): the README's pictures are rewritten on purpose, never by a test run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SITE_SCREENSHOTS") != "1")
        {
            Skip = "writes docs/screenshots/*.png: run with SITE_SCREENSHOTS=1 to regenerate them";
        }
        else if (!File.Exists(Chromium.ExecutablePath))
        {
            Skip = $"{Chromium.ExecutablePath} is missing";
        }
    }
}

/// <summary>
/// The screenshots in the README, taken from the repository's own site: the transcript overview in the light scheme
/// and a section page in the dark one. Regenerate with
/// <c>SITE_SCREENSHOTS=1 dotnet test tests/Site.BrowserTests --filter FullyQualifiedName~ReadmeScreenshots</c>.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class ReadmeScreenshots(SearchSite site)
{
    private const int MaxBytes = 300 * 1024;

    [ScreenshotFact]
    public Task Overview_in_the_light_scheme() => ShootAsync("", ColorScheme.Light, "overview-light.png");

    [ScreenshotFact]
    public Task Section_page_in_the_dark_scheme() => ShootAsync("sora-panel/s01/", ColorScheme.Dark, "section-dark.png");

    private async Task ShootAsync(string path, ColorScheme scheme, string name)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 820 },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        await page.GotoAsync(new Uri(site.BaseUrl, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var file = Path.Combine(SearchSite.RepositoryRoot(), "docs", "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png });
        await page.CloseAsync();

        var size = new FileInfo(file).Length;
        Assert.True(size < MaxBytes, $"{name} is {size / 1024} KB; the README's screenshots stay under {MaxBytes / 1024} KB");
    }
}
