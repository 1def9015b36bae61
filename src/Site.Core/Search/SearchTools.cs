using Site.Diagnostics;
using Site.Installation;

namespace Site.Search;

/// <summary>
/// Finds the Node tools (<c>package.json</c>, <c>search/index.mjs</c>) and installs Pagefind with <c>npm ci</c> the
/// first time a build needs it, from the lock file, so every machine indexes with the same version.
/// </summary>
public static class SearchTools
{
    public const string Script = ToolFiles.IndexerScript;

    /// <summary>
    /// The folder the indexer runs in: a checkout of the repository above the current directory (as a developer
    /// works), else the tool's own folder when Pagefind is installed there, else the per-user cache of
    /// <see cref="PagefindCache"/>, filled from the files shipped with the tool. Null when the tool came without them.
    /// </summary>
    public static string? Locate() => LocateFrom(Directory.GetCurrentDirectory()) ?? LocateForTool(ToolFiles.Root);

    /// <summary>Where the tool whose files are in <paramref name="toolRoot"/> runs the indexer (see <see cref="Locate"/>).</summary>
    public static string? LocateForTool(string? toolRoot) =>
        toolRoot is null ? null : IsInstalled(toolRoot) ? toolRoot : PagefindCache.FolderFor(toolRoot);

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
    /// <param name="toolRoot">Where the cache folder is filled from when <paramref name="toolsFolder"/> lacks the indexer.</param>
    public static async Task<bool> EnsureInstalledAsync(string toolsFolder, Action<string>? progress, DiagnosticBag diagnostics, CancellationToken cancellationToken, string? toolRoot = null)
    {
        if ((toolRoot ?? ToolFiles.Root) is { } root && Path.GetFullPath(toolsFolder) != Path.GetFullPath(root) &&
            Path.GetFullPath(toolsFolder) == Path.GetFullPath(PagefindCache.FolderFor(root)))
        {
            try
            {
                PagefindCache.Seed(toolsFolder, root);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchInstallFailed, toolsFolder, 0, 0,
                    $"cannot prepare the Pagefind cache folder: {exception.Message}; set {PagefindCache.Variable} to a folder you can write to, or build with --no-search"));
                return false;
            }
        }

        if (IsInstalled(toolsFolder))
        {
            return true;
        }

        progress?.Invoke($"Installing Pagefind for search, once: npm ci in {toolsFolder} ...");
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
                $"installing Pagefind failed (npm ci exited with {run.ExitCode}; it downloads Pagefind once and needs the network): {run.Tail()}; fix it and build again, or build without the search index with --no-search"));
            return false;
        }

        return true;
    }
}
