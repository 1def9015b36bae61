using Microsoft.Playwright;

namespace Site.BrowserTests;

/// <summary>Launches Debian's Chromium through Playwright (Playwright's own browser download is not available here).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <param name="extraArgs">More switches, e.g. <c>--autoplay-policy=no-user-gesture-required</c> for media tests.</param>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArgs) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root. The rest keeps a headless browser from reaching out or needing a GPU.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", .. extraArgs,
            ],
        });
}
