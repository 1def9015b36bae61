using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

public sealed class LargePageTests
{
    [Fact]
    public async Task A_page_larger_than_a_mebibyte_is_written_whole()
    {
        // Scriban truncates long values to "..." unless told not to; a glossary term page of a big site is this long.
        using var temp = new TempFolder();
        var body = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"Paragraph {i} of a long page.\n\n"));
        temp.Write("input/long.md", "---\ntitle: Long\n---\n" + body + "The last paragraph.\n");

        await temp.BuildSucceededAsync();
        var html = temp.Read("output/long/index.html");
        Assert.True(html.Length > 1_100_000);
        Assert.Contains("<p>The last paragraph.</p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }
}
