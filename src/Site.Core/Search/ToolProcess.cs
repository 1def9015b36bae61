using System.ComponentModel;
using System.Diagnostics;

namespace Site.Search;

/// <summary>Runs Pagefind's program and npm (which installs it once), the only outside programs a build uses, and collects what they print.</summary>
public static class ToolProcess
{
    /// <summary>Runs <paramref name="fileName"/> to its end; null when there is no such program on the PATH.</summary>
    /// <param name="withoutPrefix">Environment variables starting with this are not passed on (the user's settings for the tool, which would change what the build asked of it).</param>
    public static async Task<ToolRun?> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken, string? withoutPrefix = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (withoutPrefix is not null)
        {
            RemoveEnvironment(start, withoutPrefix);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return null;
        }

        // Both streams are read at once: a tool that fills one pipe while we wait on the other would hang.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }

    /// <summary>Leaves out of the program's environment the variables whose names start with <paramref name="prefix"/>.</summary>
    internal static void RemoveEnvironment(ProcessStartInfo start, string prefix)
    {
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
    }
}
