using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Player;

/// <summary>
/// A reader of a timed transcript with its recording: a turn's time plays from there, the highlight follows the
/// recording, an address with <c>#t=</c> or a turn's anchor seeks on load, and the keyboard does what the mouse does.
/// Headless Chromium plays muted and without a user gesture (its autoplay policy is relaxed for the test).
/// </summary>
public sealed class PlayerBrowserTests : IAsyncLifetime
{
    private TimedSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            return; // BrowserFact skips the tests, or fails them on CI
        }

        _site = await TimedSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright, "--autoplay-policy=no-user-gesture-required", "--mute-audio");
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

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_site!.UrlOf(path).ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('.player__media').readyState >= 1");
        return page;
    }

    private static Task<double> CurrentTimeAsync(IPage page) => page.EvaluateAsync<double>("() => document.querySelector('.player__media').currentTime");

    private static Task<bool> PausedAsync(IPage page) => page.EvaluateAsync<bool>("() => document.querySelector('.player__media').paused");

    [BrowserFact]
    public async Task Clicking_a_turns_time_seeks_there_and_plays()
    {
        var page = await OpenAsync("talk/s01/");
        var second = page.Locator("#s01-t02");

        await second.Locator("a.turn-time").ClickAsync();

        await page.WaitForFunctionAsync("() => { const m = document.querySelector('.player__media'); return !m.paused && m.currentTime >= 3; }");
        var time = await CurrentTimeAsync(page);
        Assert.InRange(time, 3, 4.5);
        await Expect(second).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-current\b"));
        await Expect(second).ToHaveAttributeAsync("aria-current", "true");
        Assert.EndsWith("#s01-t02", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_highlight_moves_to_the_next_turn_as_the_recording_plays()
    {
        var page = await OpenAsync("talk/s01/");

        await page.Locator("#s01-t01 a.turn-time").ClickAsync();
        await Expect(page.Locator("#s01-t01")).ToHaveAttributeAsync("aria-current", "true");

        // The second turn starts three seconds in.
        await Expect(page.Locator("#s01-t02")).ToHaveAttributeAsync("aria-current", "true", new() { Timeout = 8000 });
        await Expect(page.Locator("#s01-t01")).Not.ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal(1, await page.Locator(".turn.is-current").CountAsync());
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_time_in_the_address_seeks_on_load_without_playing()
    {
        foreach (var (address, seconds, turn) in new[] { ("talk/s01/#t=7.5", 7.5, "#s01-t03"), ("talk/s01/#t=0:10", 10.0, "#s01-t04"), ("talk/s01/?t=4", 4.0, "#s01-t02"), ("talk/s01/#s01-t03", 6.0, "#s01-t03") })
        {
            var page = await OpenAsync(address);

            await page.WaitForFunctionAsync($"() => Math.abs(document.querySelector('.player__media').currentTime - {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 0.1");
            Assert.True(await PausedAsync(page), $"{address} started playing by itself");
            await Expect(page.Locator(turn)).ToHaveAttributeAsync("aria-current", "true");
            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task A_shared_passage_plays_from_its_start_and_stops_at_its_end()
    {
        var page = await OpenAsync("talk/s01/#t=3,4.5");
        await page.WaitForFunctionAsync("() => Math.abs(document.querySelector('.player__media').currentTime - 3) < 0.1");

        await page.EvaluateAsync("() => document.querySelector('.player__media').play()");

        await page.WaitForFunctionAsync("() => document.querySelector('.player__media').paused", null, new() { Timeout = 8000 });
        Assert.InRange(await CurrentTimeAsync(page), 4.4, 5.2);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Selecting_text_offers_a_link_to_that_passage()
    {
        var page = await OpenAsync("talk/s01/");

        await page.EvaluateAsync("""
            () => {
              const range = document.createRange();
              range.setStart(document.querySelector('#s01-t02 > p:last-child').firstChild, 4);
              range.setEnd(document.querySelector('#s01-t03 > p:last-child').firstChild, 9);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            }
            """);

        var share = page.Locator("a.player-share");
        await Expect(share).ToBeVisibleAsync();
        Assert.EndsWith("/talk/s01/#t=3,9", await share.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Where_words_have_times_the_highlight_follows_the_word_and_a_selection_of_words_is_shared_by_their_times()
    {
        var page = await OpenAsync("talk/s01/#t=10.2");

        var spoken = page.Locator("#s01-t04 .is-current-word");
        await Expect(spoken).ToHaveTextAsync("turn,");
        Assert.Equal("10", await spoken.GetAttributeAsync("data-t"));

        await page.EvaluateAsync("() => document.querySelector('.player__media').play()");
        await Expect(spoken).ToHaveTextAsync("at", new() { Timeout = 5000 });

        // "fourth turn," is 9.5 to 10.5, where "at" starts.
        await page.EvaluateAsync("""
            () => {
              const words = document.querySelectorAll('#s01-t04 [data-t]');
              const range = document.createRange();
              range.setStart(words[1].firstChild, 1);
              range.setEnd(words[2].firstChild, 2);
              getSelection().removeAllRanges();
              getSelection().addRange(range);
            }
            """);
        var share = page.Locator("a.player-share");
        await Expect(share).ToBeVisibleAsync();
        Assert.EndsWith("/talk/s01/#t=9.5,10.5", await share.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Time_links_are_reached_with_Tab_and_Enter_plays_from_there()
    {
        var page = await OpenAsync("talk/s01/");
        var link = page.Locator("#s01-t03 a.turn-time");
        Assert.Equal("0:06", await link.TextContentAsync());

        // Tab from the link before it, as a keyboard user would.
        await link.EvaluateAsync("link => { const all = [...document.querySelectorAll('a[href], audio[controls]')]; all[all.indexOf(link) - 1].focus(); }");
        await page.Keyboard.PressAsync("Tab");
        await Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => { const m = document.querySelector('.player__media'); return !m.paused && m.currentTime >= 6; }");
        Assert.InRange(await CurrentTimeAsync(page), 6, 7.5);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_player_stays_in_view_while_reading_and_covers_no_turn_it_scrolls_to()
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 500 } });
        await page.GotoAsync(_site!.UrlOf("talk/s01/#s01-t04").ToString());

        var player = (await page.Locator(".player").BoundingBoxAsync())!;
        var turn = (await page.Locator("#s01-t04").BoundingBoxAsync())!;
        Assert.True(player.Y >= 0 && player.Y < 5, $"the player is at {player.Y}, not at the top of the window");
        Assert.True(turn.Y >= player.Y + player.Height, $"the turn at {turn.Y} is under the player ({player.Y}+{player.Height})");
        await page.CloseAsync();
    }
}
