using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Player;

/// <summary>
/// A timed transcript whose <c>media:</c> is a YouTube video plays in YouTube's privacy-enhanced embed, driven by
/// the iframe API as the audio element is: a turn's time seeks and plays, the highlight follows, <c>#t=</c> seeks on
/// load. YouTube cannot be reached from the tests, so the browser is given a stand-in for the iframe API that keeps
/// its documented contract (<c>YT.Player</c>, <c>onReady</c>, <c>onStateChange</c>, <c>seekTo</c>,
/// <c>getCurrentTime</c>, <c>playVideo</c>, <c>pauseVideo</c>) and a clock, and records the calls made to it.
/// </summary>
public sealed class YouTubePlayerBrowserTests : IAsyncLifetime
{
    private const string Video = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    private const string IframeApi = """
        (function () {
          var yt = window.__yt = { calls: [], time: 0, state: -1, since: 0 };
          function now() {
            if (yt.state === 1) {
              var t = performance.now();
              yt.time += (t - yt.since) / 1000;
              yt.since = t;
            }
            return yt.time;
          }
          window.YT = {
            PlayerState: { ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 },
            Player: function (element, options) {
              var self = this;
              yt.element = element.tagName;
              function change(state) {
                now();
                yt.since = performance.now();
                yt.state = state;
                options.events.onStateChange({ target: self, data: state });
              }
              this.getCurrentTime = function () { return now(); };
              this.seekTo = function (seconds) { yt.calls.push("seekTo " + seconds); now(); yt.since = performance.now(); yt.time = seconds; };
              this.playVideo = function () { yt.calls.push("playVideo"); change(1); };
              this.pauseVideo = function () { yt.calls.push("pauseVideo"); change(2); };
              setTimeout(function () { options.events.onReady({ target: self }); }, 100);
            }
          };
          window.onYouTubeIframeAPIReady();
        })();
        """;

    private TimedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            return; // BrowserFact skips the tests, or fails them on CI
        }

        _site = await TimedSite.StartAsync(Video);
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
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    private async Task<IPage> OpenAsync(string path, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        await context.RouteAsync("https://www.youtube.com/iframe_api", route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = IframeApi }));
        await context.RouteAsync("https://www.youtube-nocookie.com/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>video</title>" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site!.UrlOf(path).ToString());
        await page.WaitForFunctionAsync("() => window.__yt && window.__yt.element === 'IFRAME'");
        return page;
    }

    private static Task<string[]> CallsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__yt.calls");

    [BrowserFact]
    public async Task The_player_is_the_privacy_enhanced_embed_with_no_audio_element()
    {
        var page = await OpenAsync("talk/s01/");

        var frame = page.Locator("[data-player] iframe.player__media");
        await Expect(frame).ToHaveAttributeAsync("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1&rel=0&playsinline=1");
        await Expect(frame).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("Timed talk"));
        Assert.Equal(0, await page.Locator("[data-player] audio, [data-player] video").CountAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_a_turns_time_seeks_the_video_plays_it_and_the_highlight_follows()
    {
        var page = await OpenAsync("talk/s01/");

        await page.Locator("#s01-t02 a.turn-time").ClickAsync();

        await Expect(page.Locator("#s01-t02")).ToHaveAttributeAsync("aria-current", "true");
        var calls = await CallsAsync(page);
        Assert.Contains("seekTo 3", calls);
        Assert.Contains("playVideo", calls);
        Assert.True(Array.IndexOf(calls, "seekTo 3") < Array.IndexOf(calls, "playVideo"), string.Join(", ", calls));

        // The third turn starts three seconds later: the highlight moves on as the video's clock runs.
        await Expect(page.Locator("#s01-t03")).ToHaveAttributeAsync("aria-current", "true", new() { Timeout = 8000 });
        Assert.Equal(1, await page.Locator(".turn.is-current").CountAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_time_in_the_address_seeks_the_video_on_load_without_playing_it()
    {
        var page = await OpenAsync("talk/s01/#t=7.5");

        await page.WaitForFunctionAsync("() => window.__yt.calls.includes('seekTo 7.5')");
        await Expect(page.Locator("#s01-t03")).ToHaveAttributeAsync("aria-current", "true");
        Assert.DoesNotContain("playVideo", await CallsAsync(page));
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_page_with_the_embed_has_no_accessibility_violations(string scheme)
    {
        var page = await OpenAsync("talk/s01/", scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.WaitForFunctionAsync("() => document.querySelector('.player__media').getBoundingClientRect().height > 0");

        await Accessibility.Axe.AssertNoViolationsAsync(page, $"a timed section page with a YouTube embed ({scheme})");
        await page.Context.CloseAsync();
    }
}
