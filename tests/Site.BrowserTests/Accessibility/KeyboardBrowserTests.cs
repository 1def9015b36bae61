using Microsoft.Playwright;
using Site.BrowserTests.Search;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// A reader with the keyboard alone: the skip link leads into the main content, every stop of Tab shows where focus
/// is, and the glossary popover and the search dialog open from the keyboard and close with Escape.
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class KeyboardBrowserTests(SearchSite site)
{
    // Whether the focused element can be seen and shows a focus indicator (outline or ring) of its own.
    private const string FocusShown = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'nothing has focus';
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const name = el.outerHTML.slice(0, 120);
          if (box.width === 0 || box.height === 0) return 'not visible: ' + name;
          for (let node = el; node; node = node.parentElement) {
            if (parseFloat(getComputedStyle(node).opacity) === 0) return 'transparent: ' + name;
          }
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const ring = style.boxShadow !== 'none';
          return outline || ring ? '' : 'no focus indicator: ' + name;
        }
        """;

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 800 },
            ReducedMotion = ReducedMotion.Reduce, // no fade-in: opacity is final when it is read
        });
        await page.GotoAsync(new Uri(site.BaseUrl, path).ToString());
        return page;
    }

    [BrowserTheory]
    [InlineData("")]
    [InlineData("sora-panel/s01/")]
    [InlineData("glossary/diffusion-model/")]
    public async Task The_skip_link_comes_first_and_every_tab_stop_shows_its_focus(string path)
    {
        var page = await OpenAsync(path);
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"), "Tab after the skip link is not in <main>");

        // Back to the top, then every stop to the end of the page.
        await page.EvaluateAsync("() => { document.activeElement.blur(); window.scrollTo(0, 0); }");
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var stop = 0; stop < 600; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var key = await page.EvaluateAsync<string>("() => document.activeElement === document.body ? '' : document.activeElement.outerHTML.slice(0, 200) + '@' + [...document.querySelectorAll('*')].indexOf(document.activeElement)");
            if (key.Length == 0 || !seen.Add(key))
            {
                break; // focus left the page or came round again
            }

            var problem = await page.EvaluateAsync<string>(FocusShown);
            if (problem.Length > 0)
            {
                problems.Add(problem);
            }
        }

        Assert.True(seen.Count > 5, $"only {seen.Count} tab stops on {path}");
        Assert.True(problems.Count == 0, $"{problems.Count} tab stop(s) on /{path} without visible focus:\n  " + string.Join("\n  ", problems));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Search_opens_from_its_button_and_closes_with_Escape_returning_focus()
    {
        var page = await OpenAsync("sora-panel/s01/");
        var open = page.Locator(".search-open");
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = new SearchDialog(page);
        await Expect(dialog.Dialog).ToBeVisibleAsync();
        await Expect(dialog.Input).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("扩散模型");
        await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(".search-result__link").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog.Dialog).ToBeHiddenAsync();
        await Expect(open).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_glossary_term_reached_with_Tab_shows_its_popover_and_Escape_closes_it()
    {
        var page = await OpenAsync("sora-panel/s01/");
        var popover = page.Locator("#term-popover");
        for (var stop = 0; stop < 300 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.term')"); stop++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.Locator("a.term:focus")).ToHaveCountAsync(1);
        await Expect(popover).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(page.Locator("a.term:focus")).ToHaveCountAsync(1);
        await page.CloseAsync();
    }
}
