using Microsoft.Playwright;
using Site.BrowserTests.Search;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// Runs axe-core (node_modules/axe-core, pinned in package.json) in a page and fails with every violation: rule,
/// impact, the elements it found, and for contrast the colours and ratios measured.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(SearchSite.RepositoryRoot(), "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing: run 'npm ci' in the repository", path);
    });

    // Every rule axe enables by default (WCAG 2.0-2.2 A and AA, best practices), every impact. AAA rules
    // (color-contrast-enhanced) and experimental ones stay off: axe itself does not count them as failures.
    private const string Run = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations.flatMap(v => v.nodes.map(node => {
            const contrast = [...node.any, ...node.all, ...node.none]
              .map(check => check.data)
              .filter(data => data && data.contrastRatio !== undefined)
              .map(data => ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1, needs ${data.expectedContrastRatio})`)
              .join('');
            return `${v.id} [${v.impact}] ${node.target.join(' ')}${contrast}: ${v.help}`;
          }));
        }
        """;

    /// <summary>The violations axe finds in the page as it is now, one line each; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Source.Value });
        }

        return await page.EvaluateAsync<string[]>(Run);
    }

    /// <summary>Fails with every violation in <paramref name="page"/>, named by <paramref name="what"/>.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} violation(s) on {what}:\n  " + string.Join("\n  ", violations));
    }
}
