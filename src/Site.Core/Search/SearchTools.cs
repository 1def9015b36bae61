using Site.Diagnostics;

namespace Site.Search;

/// <summary>
/// Finds the Node tools of the repository (<c>package.json</c>, <c>search/index.mjs</c>) and installs Pagefind with
/// <c>npm ci</c> the first time a build needs it, from the lock file, so every machine indexes with the same version.
/// </summary>
public static class SearchTools
{
    public const string Script = "search/index.mjs";

    /// <summary>The nearest folder above the current directory (else above the program) that holds the indexer.</summary>
    public static string? Locate() =>
        LocateFrom(Directory.GetCurrentDirectory()) ?? LocateFrom(AppContext.BaseDirectory);

    public static string? LocateFrom(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Script)) && File.Exists(Path.Combine(folder.FullName, "package.json")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public static bool IsInstalled(string toolsFolder) =>
        File.Exists(Path.Combine(toolsFolder, "node_modules", "pagefind", "package.json"));

    /// <summary>Runs <c>npm ci</c> when Pagefind is missing. False (with a diagnostic) when it cannot be installed.</summary>
    public static async Task<bool> EnsureInstalledAsync(string toolsFolder, Action<string>? progress, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (IsInstalled(toolsFolder))
        {
            return true;
        }

        progress?.Invoke($"Installing Pagefind for search (npm ci in {toolsFolder}); this happens once ...");
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var run = await ToolProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], toolsFolder, cancellationToken);
        var lockFile = Path.Combine(toolsFolder, "package-lock.json");
        if (run is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, lockFile, 0, 0,
                "search indexing needs npm to install Pagefind, and the 'npm' command was not found; install Node.js 18 or later (with npm), or build with --no-search"));
            return false;
        }

        if (!run.Succeeded || !IsInstalled(toolsFolder))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchInstallFailed, lockFile, 0, 0,
                $"installing Pagefind failed (npm ci exited with {run.ExitCode}): {run.Tail()}; fix it, or build with --no-search"));
            return false;
        }

        return true;
    }
}
