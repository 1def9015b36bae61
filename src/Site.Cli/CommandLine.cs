using Site.Cli.Commands;

namespace Site.Cli;

/// <summary>Dispatches the first argument to a command; the library does the work.</summary>
public static class CommandLine
{
    public const string Help = """
        site: turns conversation transcripts into a static website.

        Usage: site <command> [options]

        Commands:
          build      build the site from input/ and theme/ into output/
          serve      build, serve on http://127.0.0.1:5080/ and rebuild on every save
          publish    build and push the output to the gh-pages branch

        Run 'site <command> --help' for the options of a command.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        try
        {
            switch (args[0])
            {
                case "build":
                    var arguments = Arguments.Parse(rest, BuildCommand.ValueOptions, BuildCommand.FlagOptions);
                    if (arguments.Has("help"))
                    {
                        output.WriteLine(BuildCommand.Help);
                        return 0;
                    }

                    return await BuildCommand.RunAsync(arguments, output, error, cancellation.Token);
                case "serve":
                    var serveArguments = Arguments.Parse(rest, ServeCommand.ValueOptions, ServeCommand.FlagOptions);
                    if (serveArguments.Has("help"))
                    {
                        output.WriteLine(ServeCommand.Help);
                        return 0;
                    }

                    return await ServeCommand.RunAsync(serveArguments, output, error, cancellation.Token);
                default:
                    error.WriteLine($"site: unknown command '{args[0]}'. Run 'site --help'.");
                    return 2;
            }
        }
        catch (UsageException exception)
        {
            error.WriteLine($"site {args[0]}: {exception.Message}. Run 'site {args[0]} --help'.");
            return 2;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("site: cancelled");
            return 130;
        }
    }
}
