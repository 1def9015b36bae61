using Site.Building;
using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary><c>site new</c>: a new site in a new or empty folder, never over a user's file.</summary>
public sealed class NewCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_new_site_has_settings_a_glossary_a_transcript_a_theme_folder_and_a_Pages_workflow()
    {
        using var temp = new TempFolder();

        var (exit, output, error) = await RunAsync("new", temp.Combine("x"));

        Assert.True(exit == 0, error);
        string[] expected = ["input/site.yml", "input/glossary.yml", "input/transcripts/first-episode.txt", "theme/README.md", ".gitignore", ".github/workflows/pages.yml"];
        var written = Directory.EnumerateFiles(temp.Combine("x"), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(temp.Combine("x"), file).Replace('\\', '/'));
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        Assert.Contains("Created a new site", output, StringComparison.Ordinal);
        Assert.Contains("output/", temp.Read("x/.gitignore"), StringComparison.Ordinal);
        var workflow = temp.Read("x/.github/workflows/pages.yml");
        Assert.Contains("dotnet tool install --global TranscriptSite", workflow, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages@", workflow, StringComparison.Ordinal);
        Assert.Contains("site build --strict --base-url \"${{ steps.pages.outputs.base_url }}/\"", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_site_builds_over_the_built_in_theme_with_no_warning()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, (await RunAsync("new", temp.Combine("x"))).Exit);

        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = temp.Combine("x", "input"),
            Theme = temp.Combine("x", "theme"),
            BuiltInTheme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("x", "output"),
            Strict = true,
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var section = temp.Read("x/output/first-episode/s01/index.html");
        Assert.Equal(2, section.Split("class=\"turn\"").Length - 1);
        Assert.Contains("data-start=\"11\"", section, StringComparison.Ordinal);
        // No recording yet: a turn's time does not offer to play.
        Assert.Contains("class=\"turn-time\" title=\"When this turn starts in the recording\">0:11</a>", section, StringComparison.Ordinal);
        Assert.Contains("<v Sam Chen>Thanks for having me, Alex.", temp.Read("x/output/first-episode/transcript.vtt"), StringComparison.Ordinal);
        Assert.Contains("href=\"/glossary/transcript/\"", temp.Read("x/output/first-episode/s01/index.html"), StringComparison.Ordinal);
        Assert.Contains("Sam Chen", temp.Read("x/output/first-episode/speakers/sam/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        temp.Write("x/input/site.yml", "title: Mine\n");

        var (exit, output, error) = await RunAsync("new", temp.Combine("x"));

        Assert.Equal(1, exit);
        Assert.Contains("error SITE008: the folder is not empty", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Equal("title: Mine\n", temp.Read("x/input/site.yml"));
        Assert.Single(Directory.EnumerateFileSystemEntries(temp.Combine("x"), "*", SearchOption.AllDirectories), entry => File.Exists(entry));
    }

    [Fact]
    public async Task A_folder_holding_only_a_hidden_file_is_not_empty()
    {
        using var temp = new TempFolder();
        temp.Write("x/.gitignore", "mine\n");

        var (exit, _, error) = await RunAsync("new", temp.Combine("x"));

        Assert.Equal(1, exit);
        Assert.Contains("SITE008", error, StringComparison.Ordinal);
        Assert.Equal("mine\n", temp.Read("x/.gitignore"));
    }

    [Fact]
    public async Task An_empty_folder_is_accepted()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("x"));

        var (exit, _, error) = await RunAsync("new", temp.Combine("x"));

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(temp.Combine("x", "input", "site.yml")));
    }

    [Fact]
    public async Task A_file_of_that_name_is_refused()
    {
        using var temp = new TempFolder();
        temp.Write("x", "a file\n");

        var (exit, _, error) = await RunAsync("new", temp.Combine("x"));

        Assert.Equal(1, exit);
        Assert.Contains("error SITE009", error, StringComparison.Ordinal);
        Assert.Equal("a file\n", temp.Read("x"));
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new", "a", "b")]
    public async Task New_needs_one_folder(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("site new:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public async Task Version_prints_the_version(string argument)
    {
        var (exit, output, _) = await RunAsync(argument);

        Assert.Equal(0, exit);
        Assert.Equal("site " + Standalone.InstalledTool.ExpectedVersion(), output.Trim());
    }

    [Fact]
    public async Task Help_lists_new()
    {
        var (_, output, _) = await RunAsync("--help");

        Assert.Contains("  new <dir>", output, StringComparison.Ordinal);
        Assert.Contains("--version", output, StringComparison.Ordinal);
    }
}
