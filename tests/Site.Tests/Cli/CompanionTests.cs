using Site.Cli;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// The native <c>site</c> runs <c>serve</c> and <c>glossary suggest</c> in <c>site-tools</c> (<see cref="Companion"/>).
/// Here a stand-in companion (a shell script) shows what the hand-over keeps: the arguments, the exit code, and
/// Ctrl+C. CI also publishes the real pair and runs <c>site glossary suggest</c> and <c>site serve</c> through it.
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
        using var folder = new TempFolder();
        var error = new StringWriter();

        var exit = await Companion.RunAsync(["serve", "--port", "5999"], error, CancellationToken.None, folder.Path);

        Assert.Equal(2, exit);
        Assert.StartsWith("site: this command runs in site-tools, which is not beside site (", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'dotnet publish src/Site.Cli' publishes both", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_companion_gets_the_arguments_as_given_and_its_exit_code_is_sites()
    {
        using var folder = new TempFolder();
        var seen = folder.Combine("seen.txt");
        StandIn(folder, $$"""printf '%s\n' "$@" > '{{seen}}'; exit 7""");

        var exit = await Companion.RunAsync(["glossary", "suggest", "--input", "a b/入力", "--top", ""], TextWriter.Null, CancellationToken.None, folder.Path);

        Assert.Equal(7, exit);
        Assert.Equal(["glossary", "suggest", "--input", "a b/入力", "--top", ""], File.ReadAllText(seen).Split('\n')[..^1]);
    }

    [Fact]
    public async Task Ctrl_C_given_to_site_reaches_the_companion()
    {
        using var folder = new TempFolder();
        var started = folder.Combine("started");
        // The loop ends by itself after 20 s, so a failing run leaves no process behind.
        StandIn(folder, $$"""trap 'exit 3' INT; touch '{{started}}'; i=0; while [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; exit 9""");
        using var cancellation = new CancellationTokenSource();

        var run = Companion.RunAsync(["serve"], TextWriter.Null, cancellation.Token, folder.Path);
        for (var wait = 0; wait < 200 && !File.Exists(started); wait++)
        {
            await Task.Delay(25);
        }

        Assert.True(File.Exists(started), "the stand-in companion did not start");
        await cancellation.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, exit);
    }

    private static void StandIn(TempFolder folder, string script)
    {
        var path = folder.Write(Companion.Name, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
