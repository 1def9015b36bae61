using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

public sealed class CommandLineTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    public async Task Help_is_printed_and_exits_zero(params string[] args)
    {
        var (exit, output, _) = await RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Contains("Usage: site", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("build", "--colour");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--colour'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_build_exits_zero_and_prints_a_summary()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");

        var (exit, output, _) = await RunAsync("build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("out"));

        Assert.Equal(0, exit);
        // The one warning: a site of hand-written pages only is told that it has no transcripts.
        Assert.Matches(@"Build succeeded: \d+ pages, \d+ files, 1 warnings?, 0 errors", output);
        Assert.Contains("warning SITE016", output, StringComparison.Ordinal);
        Assert.Contains("pipeline", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out/index.html")));
    }

    [Fact]
    public async Task A_broken_build_exits_non_zero_with_the_position()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: [unclosed\n---\nHello.\n");

        var (exit, output, error) = await RunAsync("build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("out"));

        Assert.Equal(1, exit);
        Assert.Matches(@"index\.md\(\d+,\d+\): error SITE101: invalid YAML", error);
        Assert.Contains("Build FAILED", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData(".")]
    [InlineData("input/public")]
    [InlineData("/")]
    public async Task Dangerous_output_folders_are_refused(string output)
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "Hello.\n");
        temp.CopyFromRepository("theme");
        var outputPath = output == "/" ? "/" : temp.Combine(output);

        var (exit, _, error) = await RunAsync("build", "--input", temp.Combine("input"), "--theme", temp.Combine("theme"), "--output", outputPath);

        Assert.Equal(1, exit);
        Assert.Contains("error SITE004: refusing to use", error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("input/index.md")));
    }

    [Fact]
    public async Task A_repository_root_is_refused_as_output()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "Hello.\n");
        Directory.CreateDirectory(temp.Combine("repo/.git"));

        var (exit, _, error) = await RunAsync("build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("repo"));

        Assert.Equal(1, exit);
        Assert.Contains("it is a repository root", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_prints_the_time_of_each_module()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");

        var (exit, output, _) = await RunAsync("build", "--profile", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("out"));

        Assert.Equal(0, exit);
        Assert.Matches(@"Content/RenderMarkdown\s+\d+ ms", output);
        Assert.Matches(@"steps: pipelines \d+ ms", output);
        Assert.Matches(@"GC: \d+ collections \(gen1 \d+, gen2 \d+\), paused \d+ ms, heap \d+ MiB after the last, committed \d+ MiB, allocated \d+ MiB, peak working set [1-9]\d* MiB", output);
    }
}
