using Site.Cli;
using Site.Cli.Commands;
using Site.Tests.Support;

namespace Site.Tests.Search;

/// <summary><c>site build</c> indexes for search unless told <c>--no-search</c>.</summary>
public sealed class SearchCommandLineTests
{
    private static Arguments Parse(params string[] args) => Arguments.Parse(args, BuildCommand.ValueOptions, BuildCommand.FlagOptions);

    [Fact]
    public void Search_is_on_by_default_and_off_with_no_search()
    {
        Assert.NotNull(BuildCommand.ReadOptions(Parse()).Search);
        Assert.Null(BuildCommand.ReadOptions(Parse("--no-search")).Search);
    }

    [Fact]
    public async Task Build_writes_the_index_and_says_how_long_it_took_and_no_search_skips_it()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        var theme = Path.Combine(Repository.Root, "theme");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["build", "--input", temp.Combine("input"), "--theme", theme, "--output", temp.Combine("out")], output, error);

        Assert.Equal(0, exit);
        Assert.Matches(@"Search index: 1 pages and 0 turns in \d+\.\d\d s", output.ToString());
        Assert.True(File.Exists(temp.Combine("out", "pagefind", "pagefind.js")));

        exit = await CommandLine.RunAsync(["build", "--input", temp.Combine("input"), "--theme", theme, "--output", temp.Combine("out"), "--no-search"], output, error);

        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(temp.Combine("out", "pagefind")));
    }
}
