using Site.Tests.Support;
using Site.Tests.Transcripts;

namespace Site.Tests.Cli;

/// <summary>
/// The CLI as users run it: its own process, with its own runtime configuration (globalization, GC, file locking),
/// which the in-process tests do not share.
/// </summary>
public sealed class CliProcessTests
{
    [Fact]
    public async Task The_program_folds_full_width_names_as_the_library_does()
    {
        // Invariant globalization would silently turn name folding (NFKC) off in the program only.
        using var temp = new TempFolder();
        temp.Write("input/transcripts/panel.txt", FullWidthNameTests.Panel);

        var (exit, output) = await RunSiteAsync(
            "build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("out"), "--no-search");

        Assert.True(exit == 0, output);
        Assert.Contains(" 0 warnings, 0 errors", output, StringComparison.Ordinal);
        var section = temp.Read("out/panel/s01/index.html");
        Assert.Equal(2, CountOf(section, "class=\"turn\" data-speaker=\"kevin\""));
        Assert.Equal(1, CountOf(section, "class=\"turn\" data-speaker=\"li-si\""));
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;

    /// <summary>Runs site.dll (built beside the tests, with its runtimeconfig) through the dotnet host.</summary>
    private static Task<(int ExitCode, string Output)> RunSiteAsync(params string[] args) =>
        ProcessRunner.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "site.dll"), .. args]);
}
