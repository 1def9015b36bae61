using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// A reader with the keyboard alone on one page: the skip link comes first and leads into the main content, and
/// every stop of Tab, to the end of the page, shows where focus is.
/// </summary>
public static class TabStops
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

    /// <summary>Fails unless the skip link works and every tab stop of <paramref name="page"/> shows its focus.</summary>
    public static async Task AssertSkipLinkAndVisibleFocusAsync(IPage page, string what)
    {
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('main') !== null"), $"Tab after the skip link is not in <main> on {what}");

        // Back to the first stop (the skip link: a blur would leave Tab going on from <main>), then every stop to
        // the end of the page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await skip.FocusAsync();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var stop = 0; stop < 600; stop++)
        {
            if (stop > 0)
            {
                await page.Keyboard.PressAsync("Tab");
            }

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

        Assert.True(seen.Count > 5, $"only {seen.Count} tab stops on {what}");
        Assert.True(problems.Count == 0, $"{problems.Count} tab stop(s) on {what} without visible focus:\n  " + string.Join("\n  ", problems));
    }
}
