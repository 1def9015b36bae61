using Site.Diagnostics;
using Site.Publishing;
using Site.Theming;
using Site.Urls;

namespace Site.Tests.Publishing;

/// <summary>
/// A build checks its links on the pages as they were written, scanned in memory; reading the built site back from
/// disk must find the same broken links at the same places.
/// </summary>
public sealed class InMemoryLinkCheckTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("site.yml", """
            title: Links
            language: en
            navigation:
              - title: Home
                url: /
            """)
        .With("index.md", """
            ---
            title: Home
            ---

            ## Welcome {#welcome}

            Read the [notes](/notes/).
            """)
        .With("notes.md", """
            ---
            title: Notes
            ---

            A first paragraph, with a [good link](/#welcome).

            A [missing page](/missing/) and a [missing fragment](/#nowhere), on one line.
            """);

    [Fact]
    public async Task A_build_reports_a_missing_page_and_a_missing_fragment_where_reading_from_disk_does()
    {
        var result = await _site.BuildAsync(baseUrl: "/sora-panel/", strict: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var reported = result.Diagnostics.Where(d => d.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.BrokenFragment).ToList();
        var notes = File.ReadAllText(Path.Combine(_site.Output, "notes", "index.html"));
        var output = ThemeFiles.Display(Path.GetFullPath(_site.Output));
        var (missingLine, missingColumn) = PositionOf(notes, "href=\"/sora-panel/missing/\"");
        var (fragmentLine, fragmentColumn) = PositionOf(notes, "href=\"/sora-panel/#nowhere\"");
        Assert.Equal(
            [
                (Severity.Warning, DiagnosticCodes.BrokenLink, output + "/notes/index.html", missingLine, missingColumn, "broken link '/sora-panel/missing/': there is no /sora-panel/missing/ in the output"),
                (Severity.Warning, DiagnosticCodes.BrokenFragment, output + "/notes/index.html", fragmentLine, fragmentColumn, "broken link '/sora-panel/#nowhere': /sora-panel/ has no element with id 'nowhere'"),
            ],
            reported.Select(d => (d.Severity, d.Code, d.Path, d.Line, d.Column, d.Message[..d.Message.IndexOf(" (in the page built from ", StringComparison.Ordinal)])));
        Assert.All(reported, d => Assert.EndsWith("notes.md)", d.Message, StringComparison.Ordinal));

        // The same check, every page read back from the output folder.
        var fromDisk = new CheckLinks(new UrlHelper("/sora-panel/", string.Empty), Severity.Warning).Check(_site.Output, page => output + "/" + page);
        Assert.Equal(
            fromDisk.Select(d => (d.Severity, d.Code, d.Path, d.Line, d.Column, d.Message)),
            reported.Select(d => (d.Severity, d.Code, d.Path, d.Line, d.Column, d.Message[..d.Message.IndexOf(" (in the page built from ", StringComparison.Ordinal)])));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Line and column (1-based) of the attribute value that follows <paramref name="attribute"/>'s <c>="</c>.</summary>
    private static (int Line, int Column) PositionOf(string html, string attribute)
    {
        var at = html.IndexOf(attribute, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{attribute} not found in:\n{html}");
        var value = at + attribute.IndexOf('"', StringComparison.Ordinal) + 1;
        var lineStart = html.LastIndexOf('\n', value - 1) + 1;
        return (html.AsSpan(0, value).Count('\n') + 1, value - lineStart + 1);
    }
}
