using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Site.Cli;

/// <summary>
/// The native <c>site</c> runs <c>serve</c> and <c>glossary suggest</c> in a second executable published beside it,
/// <c>site-tools</c> (the same program with every command). Those two bring ASP.NET Core and jieba.NET, which more than
/// doubled the image every <c>site build</c> starts from: 23 MB against 10, 1,980 page faults against 1,035 before
/// <c>Main</c>, 32 → 26 ms for a one-transcript build. As git runs its helpers, <c>site serve</c> starts
/// <c>site-tools serve</c> with the same arguments, the same terminal and the same exit code, and passes Ctrl+C and
/// SIGTERM on. Builds that are not published as native code (<c>dotnet run</c>, the tests) run every command in process.
/// </summary>
internal static partial class Companion
{
    public const string Name = "site-tools";

    /// <summary>The commands that run in the companion.</summary>
    public static bool Runs(string command) => command is "serve" or "glossary suggest";

    /// <summary>Runs <paramref name="args"/> (the whole command line) in the companion and returns its exit code.</summary>
    /// <param name="folder">Where the companion is: beside this program unless given (the tests give one).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter error, CancellationToken cancellationToken, string? folder = null)
    {
        var path = Path.Combine(folder ?? AppContext.BaseDirectory, OperatingSystem.IsWindows() ? Name + ".exe" : Name);
        if (!File.Exists(path))
        {
            error.WriteLine($"site: this command runs in {Name}, which is not beside site ({path}); 'dotnet publish src/Site.Cli' publishes both");
            return 2;
        }

        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start");

        // Ctrl+C in a terminal reaches both processes; a signal sent to site alone must reach the command too.
        // (Windows delivers Ctrl+C to every process of the console, and has no signals to pass on.)
        using var interrupt = OperatingSystem.IsWindows() ? default : cancellationToken.Register(() => Signal(process, Sigint));
        using var terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Signal(process, Sigterm);
        });
        await process.WaitForExitAsync(CancellationToken.None);
        return process.ExitCode;
    }

    private const int Sigint = 2;
    private const int Sigterm = 15;

    private static void Signal(Process process, int signal)
    {
        if (!process.HasExited)
        {
            _ = Kill(process.Id, signal);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
