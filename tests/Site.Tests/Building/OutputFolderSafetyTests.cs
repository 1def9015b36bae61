using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>
/// The output folder is replaced whole by every build, so the tool must be sure it is its own: files it did not
/// write survive, and every guard holds through symbolic links.
/// </summary>
public sealed class OutputFolderSafetyTests
{
    private static readonly string Theme = Path.Combine(Repository.Root, "theme");

    internal static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static Task<(int Exit, string Output, string Error)> BuildAsync(TempFolder temp, string output, params string[] more) =>
        RunAsync(["build", "--input", temp.Combine("input"), "--theme", Theme, "--output", output, "--no-search", .. more]);

    private static TempFolder SiteWithOnePage()
    {
        var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        return temp;
    }

    [Fact]
    public async Task User_files_in_an_existing_output_folder_survive_and_the_build_is_refused()
    {
        using var temp = SiteWithOnePage();
        temp.Write("out/keep.me", "mine");
        temp.Write("out/.ssh/id_ed25519", "secret");

        var (exit, output, error) = await BuildAsync(temp, temp.Combine("out"));

        Assert.Equal(1, exit);
        Assert.Contains("error SITE008:", error, StringComparison.Ordinal);
        Assert.Contains("it holds 2 files the tool did not write, such as .ssh/id_ed25519 and keep.me", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Contains("Build FAILED", output, StringComparison.Ordinal);
        Assert.Equal("mine", temp.Read("out/keep.me"));
        Assert.Equal("secret", temp.Read("out/.ssh/id_ed25519"));
        Assert.False(File.Exists(temp.Combine("out/index.html")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(name => name!.Contains("out", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task With_force_a_folder_the_tool_did_not_write_is_replaced()
    {
        using var temp = SiteWithOnePage();
        temp.Write("out/keep.me", "mine");

        var (exit, _, error) = await BuildAsync(temp, temp.Combine("out"), "--force");

        Assert.True(exit == 0, error);
        Assert.False(File.Exists(temp.Combine("out/keep.me")));
        Assert.True(File.Exists(temp.Combine("out/index.html")));
    }

    [Fact]
    public async Task Every_build_marks_its_output_and_a_marked_folder_is_replaced()
    {
        using var temp = SiteWithOnePage();

        Assert.Equal(0, (await BuildAsync(temp, temp.Combine("out"))).Exit);
        var marker = temp.Read("out/.site-output");
        temp.Write("input/about.md", "---\ntitle: About\n---\nMore.\n");
        var (exit, _, error) = await BuildAsync(temp, temp.Combine("out"));

        Assert.True(exit == 0, error);
        Assert.StartsWith("This folder was written by site", marker, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out/about/index.html")));
    }

    [Fact]
    public async Task An_output_of_an_older_version_without_the_marker_is_accepted()
    {
        using var temp = SiteWithOnePage();
        Assert.Equal(0, (await BuildAsync(temp, temp.Combine("out"))).Exit);
        File.Delete(temp.Combine("out/.site-output"));

        var (exit, _, error) = await BuildAsync(temp, temp.Combine("out"));

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(temp.Combine("out/.site-output")), "the accepted folder is marked as the tool's from now on");
    }

    [Fact]
    public async Task A_new_or_empty_output_folder_is_accepted()
    {
        using var temp = SiteWithOnePage();
        Directory.CreateDirectory(temp.Combine("empty"));

        Assert.Equal(0, (await BuildAsync(temp, temp.Combine("empty"))).Exit);
        Assert.Equal(0, (await BuildAsync(temp, temp.Combine("new/deeper"))).Exit);
        Assert.True(File.Exists(temp.Combine("new/deeper/index.html")));
    }

    [Fact]
    public async Task A_link_in_the_output_path_does_not_get_around_the_input_guard()
    {
        using var temp = new TempFolder();
        temp.Write("w/in/index.md", "---\ntitle: Home\n---\nHello.\n");
        Directory.CreateSymbolicLink(temp.Combine("w/alias"), ".");

        var (exit, _, error) = await RunAsync("build", "--input", temp.Combine("w/in"), "--theme", Theme, "--output", temp.Combine("w/alias/in"), "--no-search", "--force");

        Assert.Equal(1, exit);
        Assert.Contains("error SITE004:", error, StringComparison.Ordinal);
        Assert.Contains("it is the input folder", error, StringComparison.Ordinal);
        Assert.Equal(["index.md"], Directory.EnumerateFileSystemEntries(temp.Combine("w/in")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_link_to_a_parent_of_the_theme_is_refused_as_output()
    {
        using var temp = SiteWithOnePage();
        temp.CopyFromRepository("theme", "site/theme");
        Directory.CreateSymbolicLink(temp.Combine("link"), temp.Combine("site"));

        var (exit, _, error) = await RunAsync("build", "--input", temp.Combine("input"), "--theme", temp.Combine("site/theme"), "--output", temp.Combine("link/../link"), "--no-search", "--force");

        Assert.Equal(1, exit);
        Assert.True(error.Contains("error SITE004:", StringComparison.Ordinal) || error.Contains("error SITE009:", StringComparison.Ordinal), error);
        Assert.True(File.Exists(temp.Combine("site/theme/layouts/base.html")));
    }

    [Fact]
    public async Task An_output_folder_that_is_a_link_is_refused_and_its_target_left_alone()
    {
        using var temp = SiteWithOnePage();
        temp.Write("target/index.html", "an old page");
        temp.Write("target/.site-output", "This folder was written by site");
        Directory.CreateSymbolicLink(temp.Combine("out"), temp.Combine("target"));

        var (exit, _, error) = await BuildAsync(temp, temp.Combine("out"), "--force");

        Assert.Equal(1, exit);
        Assert.Contains("error SITE009:", error, StringComparison.Ordinal);
        Assert.Contains("symbolic link", error, StringComparison.Ordinal);
        Assert.Equal("an old page", temp.Read("target/index.html"));
        Assert.NotNull(new DirectoryInfo(temp.Combine("out")).LinkTarget);
    }

    [Fact]
    public async Task An_output_path_below_a_file_is_refused()
    {
        using var temp = SiteWithOnePage();
        temp.Write("notes.txt", "mine");

        var (exit, _, error) = await BuildAsync(temp, temp.Combine("notes.txt/out"));

        Assert.Equal(1, exit);
        Assert.Contains("error SITE009:", error, StringComparison.Ordinal);
        Assert.Equal("mine", temp.Read("notes.txt"));
    }

    [Fact]
    public async Task An_output_folder_whose_parent_cannot_be_written_is_an_error()
    {
        // Tests run as root, which file modes do not stop: /sys refuses new entries to everyone.
        using var temp = SiteWithOnePage();

        var (exit, _, error) = await BuildAsync(temp, "/sys/site-tests-output");

        Assert.Equal(1, exit);
        Assert.Contains("error SITE007:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_an_output_path_naming_a_file_stops_with_the_diagnostic()
    {
        using var temp = SiteWithOnePage();
        temp.Write("out.txt", "mine");

        var (exit, _, error) = await RunAsync("serve", "--port", "0", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out.txt"), "--no-search")
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        Assert.Contains("error SITE009:", error, StringComparison.Ordinal);
        Assert.Equal("mine", temp.Read("out.txt"));
    }

    [Theory]
    [InlineData("build", true)]
    [InlineData("serve", true)]
    [InlineData("publish", true)]
    [InlineData("glossary suggest", false)]
    public async Task Help_lists_verbose_and_where_an_output_folder_is_used_force(string command, bool force)
    {
        var (exit, output, _) = await RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
        Assert.Equal(force, output.Contains("--force", StringComparison.Ordinal));
    }
}
