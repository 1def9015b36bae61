using System.Net;
using System.Net.Sockets;
using Site.Cli;

namespace Site.Tests.Serving;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task A_port_given_explicitly_that_is_busy_is_an_error()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", "no-such-input"], output, error);

        Assert.Equal(1, exit);
        Assert.Contains($"port {port} is already in use", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--host", "example.org")]
    public async Task Bad_port_or_host_values_are_usage_errors(string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["serve", option, value], output, error);

        Assert.Equal(2, exit);
        Assert.Contains(option, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_options()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["serve", "--help"], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("--port", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--host", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_is_built_in_memory_and_output_is_left_alone_unless_asked()
    {
        var preview = Site.Cli.Commands.ServeCommand.ReadOptions(
            Arguments.Parse([], Site.Cli.Commands.ServeCommand.ValueOptions, Site.Cli.Commands.ServeCommand.FlagOptions), TextWriter.Null, TextWriter.Null);
        var explicitOutput = Site.Cli.Commands.ServeCommand.ReadOptions(
            Arguments.Parse(["--output", "public", "--no-search"], Site.Cli.Commands.ServeCommand.ValueOptions, Site.Cli.Commands.ServeCommand.FlagOptions), TextWriter.Null, TextWriter.Null);

        Assert.StartsWith(Directory.Exists("/dev/shm") ? "/dev/shm/site-preview-" : Path.GetTempPath(), preview.Build.Output, StringComparison.Ordinal);
        Assert.True(preview.Build.Search?.AfterSwap, "search indexes after the swap, so the page reloads first");
        Assert.Equal("public", explicitOutput.Build.Output);
        Assert.Null(explicitOutput.Build.Search);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_rebuild_prints_its_profile_only_when_asked(bool profile)
    {
        using var temp = new Site.Tests.Support.TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        string[] args = ["--input", temp.Combine("input"), "--theme", Path.Combine(Site.Tests.Support.Repository.Root, "theme"), "--output", temp.Combine("out"), "--no-search"];
        using var output = new StringWriter();
        var options = Site.Cli.Commands.ServeCommand.ReadOptions(
            Arguments.Parse(profile ? [.. args, "--profile"] : args, Site.Cli.Commands.ServeCommand.ValueOptions, Site.Cli.Commands.ServeCommand.FlagOptions), output, TextWriter.Null);

        options.BuildCompleted!(await Site.Building.SiteBuilder.BuildAsync(options.Build));

        Assert.Contains("Build succeeded", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(profile, output.ToString().Contains("Content/RenderMarkdown", StringComparison.Ordinal));
        Assert.Equal(profile, output.ToString().Contains("GC: ", StringComparison.Ordinal));
    }
}
