using System.Diagnostics;

namespace Site.Publishing;

/// <summary>What a git command printed, and whether it succeeded.</summary>
public readonly record struct GitOutput(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Standard output without the trailing newline (a hash, a ref name).</summary>
    public string Value => Output.Trim();
}

/// <summary>
/// Runs the real <c>git</c> in a folder, arguments passed one by one (no shell, no quoting). Variables that would
/// point git at another repository or index are cleared unless given here.
/// </summary>
public sealed class Git(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
{
    private static readonly string[] Inherited = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR"];

    public string WorkingDirectory { get; } = workingDirectory;

    public Git With(string name, string value)
    {
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [name] = value };
        return new Git(WorkingDirectory, variables);
    }

    public async Task<GitOutput> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return new GitOutput(-1, string.Empty, $"cannot run git: {exception.Message}");
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new GitOutput(process.ExitCode, await output, await error);
    }

    public Task<GitOutput> RunAsync(params string[] arguments) => RunAsync(arguments, CancellationToken.None);
}
