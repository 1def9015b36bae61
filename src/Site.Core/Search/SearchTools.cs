using Site.Diagnostics;
using Site.Installation;

namespace Site.Search;

/// <summary>
/// Finds the folder where Pagefind is (or is to be) installed and installs it with <c>npm ci</c> the first time a build
/// needs it, from the tool's lock file, so every machine indexes with the same version; the build then runs
/// Pagefind's own program (see <see cref="Binary"/>), not Node.
/// </summary>
public static class SearchTools
{
    private static readonly string[] ProgramNames = ["pagefind_extended", "pagefind"];

    /// <summary>
    /// The folder Pagefind is installed in: the tool's own folder when it is there (a checkout of the repository, where
    /// the program is built below it), else the per-user cache of <see cref="PagefindCache"/>, filled from the lock file
    /// shipped with the tool. Null when the tool came without its files. The current folder plays no part: a site
    /// that has a package.json of its own must not be taken for the tool.
    /// </summary>
    public static string? Locate() => LocateForTool(ToolFiles.Root);

    /// <summary>Where the tool whose files are in <paramref name="toolRoot"/> runs the indexer (see <see cref="Locate"/>).</summary>
    public static string? LocateForTool(string? toolRoot) =>
        toolRoot is null ? null : IsInstalled(toolRoot) ? toolRoot : PagefindCache.FolderFor(toolRoot);

    /// <summary>The npm package name part of Pagefind's program for this machine (<c>linux-x64</c>), as its packages are named.</summary>
    public static string Platform
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
            var cpu = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64";
            return $"{os}-{cpu}";
        }
    }

    /// <summary>
    /// Pagefind's program as npm installed it: the extended build first (it segments Chinese and Japanese into
    /// words), else the plain one. Null when neither is there. Run directly, it needs no Node.
    /// </summary>
    public static string? Binary(string toolsFolder)
    {
        var bin = Path.Combine(toolsFolder, "node_modules", "@pagefind", Platform, "bin");
        var exe = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        return ProgramNames.Select(name => Path.Combine(bin, name + exe)).FirstOrDefault(File.Exists);
    }

    public static bool IsInstalled(string toolsFolder) =>
        File.Exists(Path.Combine(toolsFolder, "node_modules", "pagefind", "package.json"));

    /// <summary>Runs <c>npm ci</c> when Pagefind is missing. False (with a diagnostic) when it cannot be installed.</summary>
    /// <param name="toolRoot">Where the cache folder is filled from when <paramref name="toolsFolder"/> lacks the indexer.</param>
    public static async Task<bool> EnsureInstalledAsync(string toolsFolder, Action<string>? progress, DiagnosticBag diagnostics, CancellationToken cancellationToken, string? toolRoot = null)
    {
        var root = toolRoot ?? ToolFiles.Root;
        var cache = root is not null && Path.GetFullPath(toolsFolder) != Path.GetFullPath(root) &&
            Path.GetFullPath(toolsFolder) == Path.GetFullPath(PagefindCache.FolderFor(root));
        if (cache && !Prepare(toolsFolder, root!, diagnostics))
        {
            return false;
        }

        if (IsInstalled(toolsFolder))
        {
            return true;
        }

        progress?.Invoke($"Installing Pagefind for search, once: npm ci in {toolsFolder} ...");
        // The cache is installed beside it and moved in whole: a build started meanwhile, or an install cut short,
        // never finds half a node_modules there.
        var installIn = cache ? $"{toolsFolder}.installing-{Guid.NewGuid():N}" : toolsFolder;
        try
        {
            if (cache && !Prepare(installIn, root!, diagnostics))
            {
                return false;
            }

            if (!await InstallAsync(installIn, Path.Combine(toolsFolder, ToolFiles.LockFile), diagnostics, cancellationToken))
            {
                return false;
            }

            if (cache)
            {
                try
                {
                    Directory.Move(Path.Combine(installIn, "node_modules"), Path.Combine(toolsFolder, "node_modules"));
                }
                catch (IOException) when (IsInstalled(toolsFolder))
                {
                    // Another build installed it first.
                }
            }

            return true;
        }
        finally
        {
            if (cache && Directory.Exists(installIn))
            {
                Directory.Delete(installIn, recursive: true);
            }
        }
    }

    private static bool Prepare(string folder, string toolRoot, DiagnosticBag diagnostics)
    {
        try
        {
            PagefindCache.Seed(folder, toolRoot);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchInstallFailed, folder, 0, 0,
                $"cannot prepare the Pagefind cache folder: {exception.Message}; set {PagefindCache.Variable} to a folder you can write to, or build with --no-search"));
            return false;
        }
    }

    /// <param name="lockFile">The lock file diagnostics name: the one of the cache, not of the folder installed in.</param>
    private static async Task<bool> InstallAsync(string folder, string lockFile, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var run = await ToolProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], folder, cancellationToken);
        if (run is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, lockFile, 0, 0,
                "search indexing needs npm to install Pagefind, and the 'npm' command was not found; install Node.js 18 or later (with npm), or build with --no-search"));
            return false;
        }

        if (!run.Succeeded || !IsInstalled(folder))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchInstallFailed, lockFile, 0, 0,
                $"installing Pagefind failed (npm ci exited with {run.ExitCode}; it downloads Pagefind once and needs the network): {run.Tail()}; fix it and build again, or build without the search index with --no-search"));
            return false;
        }

        return true;
    }
}
