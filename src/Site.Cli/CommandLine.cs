using System.Reflection;
using System.Runtime.InteropServices;
using Site.Cli.Commands;

namespace Site.Cli;

/// <summary>Dispatches the first argument to a command; the library does the work.</summary>
public static class CommandLine
{
    public const string Help = """
        site: turns conversation transcripts into a static website.

        Usage: site <command> [options]

        Commands:
          new <dir>  write a new site with an example transcript into a new or empty folder
          build      build the site from input/ and theme/ into output/
          serve      build, serve on http://127.0.0.1:5080/ and rebuild on every save
          publish    build and push the output to the gh-pages branch
          glossary suggest   print candidate glossary terms found in the transcripts

        Run 'site <command> --help' for the options of a command; 'site --version' prints the version.
        """;

    /// <summary>The tool's version, from the one in Directory.Build.props (the package's version too).</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>A command: its name, help text, the options it knows, and what it runs.</summary>
    private sealed record Command(
        string Name,
        string Help,
        string[] ValueOptions,
        string[] FlagOptions,
        Func<Arguments, TextWriter, TextWriter, CancellationToken, Task<int>> RunAsync);

    private static readonly Command[] Commands =
    [
        new("new", NewCommand.Help, NewCommand.ValueOptions, NewCommand.FlagOptions,
            (arguments, output, error, _) => Task.FromResult(NewCommand.Run(arguments, output, error))),
        new("build", BuildCommand.Help, BuildCommand.ValueOptions, BuildCommand.FlagOptions, BuildCommand.RunAsync),
        new("publish", PublishCommand.Help, PublishCommand.ValueOptions, PublishCommand.FlagOptions, PublishCommand.RunAsync),
#if !SITE_CORE_ONLY
        new("serve", ServeCommand.Help, ServeCommand.ValueOptions, ServeCommand.FlagOptions, ServeCommand.RunAsync),
        new("glossary suggest", GlossarySuggestCommand.Help, GlossarySuggestCommand.ValueOptions, GlossarySuggestCommand.FlagOptions,
            (arguments, output, error, _) => Task.FromResult(GlossarySuggestCommand.Run(arguments, output, error))),
#endif
    ];

    /// <summary>Exit code of an unexpected exception (EX_SOFTWARE of sysexits.h): a bug of the tool, not of the input.</summary>
    public const int InternalErrorExit = 70;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler interrupt = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += interrupt;
        try
        {
            return await RunAsync(args, output, error, cancellation);
        }
        finally
        {
            Console.CancelKeyPress -= interrupt;
        }
    }

    private static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationTokenSource cancellation)
    {

        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            output.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        if (args is ["--version" or "version"])
        {
            output.WriteLine($"site {Version}");
            return 0;
        }

        // "glossary suggest" is one command of two words.
        var words = args is ["glossary", "suggest", ..] ? 2 : 1;
        var name = string.Join(' ', args[..words]);
#if SITE_CORE_ONLY
        if (Companion.Runs(name))
        {
            return await Companion.RunAsync(args, error, cancellation.Token);
        }
#endif
        var command = Commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            error.WriteLine($"site: unknown command '{name}'. Run 'site --help'.");
            return 2;
        }

        // SIGTERM (a service manager, a script's kill) stops a command as Ctrl+C does: through the token, so that a
        // build removes its staging folder on the way out.
        var terminated = false;
        using var terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            terminated = true;
            cancellation.Cancel();
        });
        var verbose = args.Contains("--verbose");
        try
        {
            var arguments = Arguments.Parse(args[words..], command.ValueOptions, [.. command.FlagOptions, "verbose"]);
            if (arguments.Has("help"))
            {
                output.WriteLine(command.Help);
                return 0;
            }

            return await command.RunAsync(arguments, output, error, cancellation.Token);
        }
        catch (UsageException exception)
        {
            error.WriteLine($"site {name}: {exception.Message}. Run 'site {name} --help'.");
            return 2;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error.WriteLine("site: cancelled");
            return terminated ? 143 : 130;
        }
        catch (Exception exception)
        {
            return InternalError.Report(exception, "site " + name, error, verbose);
        }
    }
}
