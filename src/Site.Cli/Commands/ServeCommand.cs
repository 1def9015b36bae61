using Site.Building;
using System.Globalization;
using Site.Diagnostics;
using Site.Serving;

namespace Site.Cli.Commands;

/// <summary><c>site serve</c>: builds, serves the output on a local port, rebuilds on every save and reloads the open pages.</summary>
public static class ServeCommand
{
    public const string Help = """
        Usage: site serve [options]

        Builds the site, serves it on http://127.0.0.1:5080/ and rebuilds on every change of the input and theme
        folders. Open pages reload after a good build (stylesheets are swapped in place when only CSS changed) and
        show the errors of a failed one; the last good build stays served. Ctrl+C stops.

        Options:
          --input <dir>      content folder (default: input)
          --theme <dir>      theme folder (default: theme, else the built-in theme); its files replace the built-in ones
          --output <dir>     build the preview there (default: a temporary folder in memory, /dev/shm); an
                             existing folder is replaced only if a build of this tool wrote it
          --force            replace the output folder even if it holds files the build did not write
          --base-url <url>   published URL or path, e.g. https://owner.github.io/repo/ or /repo/ (overrides site.yml);
                             the preview is served under its path, like the published site
          --port <n>         port to listen on (default: 5080, or the next free one; a port given here must be free)
          --host <address>   address to listen on (default: 127.0.0.1; 0.0.0.0 lets other machines connect)
          --strict           treat broken links as errors
          --no-search        do not index the site for search
          --profile          after every build, print the time of each pipeline, module and step, and the memory
                             each module allocated
          --verbose          show the stack trace of an internal error
          -h, --help         show this help
        """;

    public static readonly string[] ValueOptions = ["input", "theme", "output", "base-url", "port", "host"];
    public static readonly string[] FlagOptions = ["strict", "no-search", "profile", "force"];

    public static DevServerOptions ReadOptions(Arguments arguments, TextWriter output, TextWriter error)
    {
        int? port = null;
        if (arguments.Value("port") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > 65535)
            {
                throw new UsageException($"--port must be a number from 0 to 65535, not '{text}'");
            }

            port = parsed;
        }

        var host = arguments.Value("host", "127.0.0.1");
        if (!ListenAddress.TryParse(host, out _))
        {
            throw new UsageException($"--host must be an IP address or localhost, not '{host}'");
        }

        var build = BuildCommand.ReadOptions(arguments, error);
        var profile = arguments.Has("profile");
        if (!arguments.Has("output"))
        {
            // Like `hugo server`, the preview is built in memory (a tmpfs where there is one) rather than into
            // output/: a rebuild then costs no disk writes, and output/ stays what the last `site build` made.
            // Previews of servers that were killed are removed first: they hold memory until the machine restarts.
            PreviewFolder.RemoveLeftovers(PreviewFolder.Root);
            build = build with { Output = PreviewFolder.For(build.Input) };
        }

        return new DevServerOptions
        {
            // The page reloads as soon as it is written; the search index follows a moment later.
            Build = build with { Search = build.Search is null ? null : build.Search with { AfterSwap = true } },
            Host = host,
            Port = port,
            BuildCompleted = result =>
            {
                BuildCommand.Report(result, output, error, quiet: !profile, profile);
                result.PendingSearch?.ContinueWith(
                    search =>
                    {
                        foreach (var diagnostic in search.IsCompletedSuccessfully ? search.Result.Diagnostics : [])
                        {
                            error.WriteLine(diagnostic.ToString());
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            },
        };
    }

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = ReadOptions(arguments, output, error);
        error.WriteLine($"Building {options.Build.Input}/ -> {options.Build.Output}/ ...");
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, cancellationToken);
        }
        catch (PortInUseException exception)
        {
            var advice = options.Port is null
                ? $"ports {DevServerOptions.DefaultPort} to {exception.Port} are all in use; choose one with --port"
                : $"port {exception.Port} is already in use; choose another with --port, or leave --port out to take the next free one";
            error.WriteLine($"site serve: {advice}");
            return 1;
        }

        await using (server)
        {
            // A folder the build may not replace stays so until the user acts: serving nothing would hide that.
            if (server.State.Errors.Any(diagnostic => IsOutputFolderError(diagnostic, options.Build.Output)))
            {
                error.WriteLine("site serve: the output folder cannot be used (see above); nothing is served.");
                return 1;
            }

            if (options.Port is null && server.Port != DevServerOptions.DefaultPort)
            {
                output.WriteLine($"Port {DevServerOptions.DefaultPort} is in use; using {server.Port} instead.");
            }

            if (!ListenAddress.IsLoopback(server.Address))
            {
                output.WriteLine($"Listening on {options.Host} port {server.Port}: other machines on the network can open the site.");
            }

            output.WriteLine($"Serving {server.Url} (rebuilds on save; Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a preview ends: not an error.
            }

            output.WriteLine("Stopping.");
        }

        if (!arguments.Has("output"))
        {
            OutputFolder.TryDelete(options.Build.Output);
        }

        return 0;
    }

    /// <summary>An error about the output folder itself (not one page of it), which no edit of the input fixes.</summary>
    private static bool IsOutputFolderError(Diagnostic diagnostic, string output) =>
        diagnostic.Code is DiagnosticCodes.UnsafeOutputFolder or DiagnosticCodes.OutputNotOwned or DiagnosticCodes.OutputNotFolder ||
        (diagnostic.Code == DiagnosticCodes.OutputWriteFailed && diagnostic.Path == output);
}
