using Site.Building;
using Site.Tests.Support;
using Site.Theming;

namespace Site.Tests.Standalone;

/// <summary>
/// The theme folder of a site over the built-in theme: a file at the same path replaces the built-in one, every other
/// file comes from the built-in theme, and input/ still wins over both.
/// </summary>
public sealed class ThemeLayerTests
{
    private const string Talk = "---\nspeakers: [{name: Ann}, {name: Bob}]\n---\nTalk\n\n## Start\n\nAnn: Hello there.\n\nBob: Hello, Ann.\n";

    [Fact]
    public async Task A_theme_folder_file_replaces_the_built_in_file_at_the_same_path_and_only_that_one()
    {
        using var temp = new TempFolder();
        temp.Write("input/transcripts/talk.txt", Talk);
        temp.Write("theme/partials/footer.html", "<footer class=\"site-footer\">OUR FOOTER</footer>\n");
        temp.Write("theme/assets/css/site.css", "body { color: teal; }\n");
        var builtIn = Path.Combine(Repository.Root, "theme");

        var result = await BuildAsync(temp, builtIn);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = temp.Read("output/talk/s01/index.html");
        Assert.Contains("OUR FOOTER", page, StringComparison.Ordinal);
        Assert.Contains("class=\"turn\"", page, StringComparison.Ordinal);
        Assert.Equal("body { color: teal; }\n", temp.Read("output/assets/css/site.css"));
        Assert.Equal(File.ReadAllText(Path.Combine(builtIn, "assets", "css", "search.css")), temp.Read("output/assets/css/search.css"));
    }

    [Fact]
    public async Task Input_overrides_win_over_the_theme_folder()
    {
        using var temp = new TempFolder();
        temp.Write("input/transcripts/talk.txt", Talk);
        temp.Write("theme/partials/footer.html", "<footer>THEME FOOTER</footer>\n");
        temp.Write("input/partials/footer.html", "<footer>INPUT FOOTER</footer>\n");

        var result = await BuildAsync(temp, Path.Combine(Repository.Root, "theme"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = temp.Read("output/talk/s01/index.html");
        Assert.Contains("INPUT FOOTER", page, StringComparison.Ordinal);
        Assert.DoesNotContain("THEME FOOTER", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_resolve_through_input_then_theme_then_built_in()
    {
        using var temp = new TempFolder();
        temp.Write("builtin/partials/a.html", "built-in a");
        temp.Write("builtin/partials/b.html", "built-in b");
        temp.Write("builtin/partials/c.html", "built-in c");
        temp.Write("theme/partials/b.html", "theme b");
        temp.Write("theme/partials/c.html", "theme c");
        temp.Write("input/partials/c.html", "input c");
        var files = new ThemeFiles(temp.Combine("input"), temp.Combine("theme"), temp.Combine("builtin"));

        Assert.Equal(temp.Combine("builtin", "partials", "a.html"), files.Resolve("partials/a.html"));
        Assert.Equal(temp.Combine("theme", "partials", "b.html"), files.Resolve("partials/b.html"));
        Assert.Equal(temp.Combine("input", "partials", "c.html"), files.Resolve("partials/c.html"));
        Assert.Null(files.Resolve("partials/d.html"));
        Assert.Null(files.Resolve("../builtin/partials/a.html"));
    }

    private static Task<BuildResult> BuildAsync(TempFolder temp, string builtIn) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = temp.Combine("input"),
            Theme = temp.Combine("theme"),
            BuiltInTheme = builtIn,
            Output = temp.Combine("output"),
        });
}
