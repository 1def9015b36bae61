using Site.Cli;

namespace Site.Tests.Cli;

/// <summary>
/// The native <c>site</c> runs <c>serve</c> and <c>glossary suggest</c> in <c>site-tools</c> (<see cref="Companion"/>).
/// CI publishes both and runs <c>site glossary suggest</c> and <c>site serve</c> (answer, then SIGTERM) through them;
/// here: which commands go there, and what a user sees when the companion was not published beside <c>site</c>.
/// </summary>
public sealed class CompanionTests
{
    [Theory]
    [InlineData("serve", true)]
    [InlineData("glossary suggest", true)]
    [InlineData("build", false)]
    [InlineData("publish", false)]
    [InlineData("glossary", false)]
    public void Serve_and_glossary_suggest_run_in_the_companion(string command, bool runs) =>
        Assert.Equal(runs, Companion.Runs(command));

    [Fact]
    public async Task Without_the_companion_beside_it_the_command_fails_with_what_to_do()
    {
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, Companion.Name)));
        var error = new StringWriter();

        var exit = await Companion.RunAsync(["serve", "--port", "5999"], error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.StartsWith("site: this command runs in site-tools, which is not beside site (", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'dotnet publish src/Site.Cli' publishes both", error.ToString(), StringComparison.Ordinal);
    }
}
