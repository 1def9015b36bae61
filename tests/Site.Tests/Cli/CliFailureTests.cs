using Site.Tests.Building;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// The program never crashes: a failure is a diagnostic with a code and exit code 1, and an unexpected exception is
/// one line with exit code 70 (the stack trace only with --verbose). Run as users run it, in its own process.
/// </summary>
public sealed class CliFailureTests
{
    private static readonly string Theme = Path.Combine(Repository.Root, "theme");
    private static readonly string SiteDll = Path.Combine(AppContext.BaseDirectory, "site.dll");

    [Fact]
    public async Task An_output_path_naming_a_file_is_a_diagnostic_not_a_crash()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        temp.Write("out.txt", "mine");

        var (exit, output) = await ProcessRunner.RunAsync("dotnet", [SiteDll, "build", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out.txt"), "--no-search"]);

        Assert.True(exit == 1, output);
        Assert.Contains("error SITE009:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal("mine", temp.Read("out.txt"));
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_code_70()
    {
        // A real fault, not a stub: standard output is /dev/full, so writing the summary fails.
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");

        var (exit, output) = await ProcessRunner.RunAsync(
            "sh", ["-c", "exec dotnet \"$@\" >/dev/full", "sh", SiteDll, "build", "--quiet", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out"), "--no-search"]);

        Assert.True(exit == 70, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Matches(@"^site build: error SITE010: internal error: .+--verbose", lines[0]);
    }

    [Fact]
    public async Task With_verbose_the_internal_error_shows_its_stack_trace()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        var closed = new StringWriter();
        closed.Dispose();
        using var error = new StringWriter();

        var exit = await Site.Cli.CommandLine.RunAsync(
            ["build", "--verbose", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out"), "--no-search"], closed, error);

        Assert.Equal(70, exit);
        Assert.Contains("error SITE010: internal error", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_folder_is_refused_as_output()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        temp.Write("home/.profile", "mine");
        Directory.CreateSymbolicLink(temp.Combine("alias"), ".");

        foreach (var output in new[] { temp.Combine("alias/home"), temp.Path })
        {
            var (exit, printed) = await ProcessRunner.RunAsync(
                "env", ["HOME=" + temp.Combine("home"), "dotnet", SiteDll, "build", "--force", "--input", temp.Combine("input"), "--theme", Theme, "--output", output, "--no-search"]);

            Assert.True(exit == 1, printed);
            Assert.Contains("home folder", printed, StringComparison.Ordinal);
        }

        Assert.Equal("mine", temp.Read("home/.profile"));
    }

    [Fact]
    public async Task SIGTERM_during_a_build_removes_its_staging_folder()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 1500; i++)
        {
            temp.Write($"input/page{i}.md", $"---\ntitle: Page {i}\n---\n{string.Concat(Enumerable.Repeat("Some words of a page. ", 200))}\n");
        }

        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");

        // A shell starts the build, waits for its staging folder and sends SIGTERM: polling from the test host was
        // too slow to catch the build in the middle.
        const string Script = """
            dotnet "$@" & pid=$!
            i=0
            while [ $i -lt 6000 ] && ! ls -d .out.staging-* >/dev/null 2>&1; do sleep 0.01; i=$((i+1)); done
            ls -d .out.staging-* >/dev/null 2>&1 && echo "staging seen"
            kill -TERM $pid
            wait $pid
            echo "exit code $?"
            """;
        var (_, printed) = await ProcessRunner.RunAsync(
            "sh", ["-c", Script, "sh", SiteDll, "build", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out"), "--no-search"], temp.Path);

        Assert.Contains("staging seen", printed, StringComparison.Ordinal);
        Assert.Contains("exit code 143", printed, StringComparison.Ordinal);
        Assert.Empty(Staging(temp));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    private static IEnumerable<string> Staging(TempFolder temp) =>
        Directory.EnumerateDirectories(temp.Path).Where(folder => Path.GetFileName(folder).StartsWith(".out.", StringComparison.Ordinal));

    [Fact]
    public async Task Control_characters_in_file_names_reach_the_terminal_escaped()
    {
        using var temp = new TempFolder();
        temp.Write("input/bad\u001B[2Jname.md", "---\ntitle: [unclosed\n---\nHello.\n");

        var (exit, _, error) = await OutputFolderSafetyTests.RunAsync("build", "--input", temp.Combine("input"), "--theme", Theme, "--output", temp.Combine("out"), "--no-search");

        Assert.Equal(1, exit);
        Assert.Contains("bad\\u001B[2Jname.md", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', error);
    }
}
