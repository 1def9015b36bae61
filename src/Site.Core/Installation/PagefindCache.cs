using System.Text.Json;

namespace Site.Installation;

/// <summary>
/// Where an installed tool keeps Pagefind: its own folder is not meant to be written to, so the indexer, the
/// package files and the <c>node_modules</c> that <c>npm ci</c> installs from them live in a per-user cache, one folder
/// per Pagefind version (<c>~/.cache/site/pagefind-1.6.0</c>), installed once and shared by every site.
/// </summary>
public static class PagefindCache
{
    /// <summary>Points the cache somewhere else (the tests, a CI cache); the folder itself, not its parent.</summary>
    public const string Variable = "SITE_CACHE";

    /// <summary>
    /// <c>$SITE_CACHE</c>, else <c>%LOCALAPPDATA%\site</c> on Windows, else <c>$XDG_CACHE_HOME/site</c> or
    /// <c>~/.cache/site</c>.
    /// </summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "site");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var cache = xdg is { Length: > 0 } && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "site");
    }

    /// <summary>The cache folder for the Pagefind version that the tool's lock file pins.</summary>
    public static string FolderFor(string toolRoot) =>
        Path.Combine(Root(), "pagefind-" + PinnedVersion(Path.Combine(toolRoot, ToolFiles.LockFile)));

    /// <summary>The version of <c>pagefind</c> in a package-lock.json (lockfile v2 or v3), or "unknown".</summary>
    public static string PinnedVersion(string lockFile)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(lockFile));
            if (document.RootElement.TryGetProperty("packages", out var packages) &&
                packages.TryGetProperty("node_modules/pagefind", out var pagefind) &&
                pagefind.TryGetProperty("version", out var version) &&
                version.GetString() is { Length: > 0 } text &&
                text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+'))
            {
                return text;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
        }

        return "unknown";
    }

    /// <summary>
    /// Copies the indexer and the package files of the tool into <paramref name="folder"/> where they differ, so that
    /// <c>npm ci</c> installs from the tool's lock file and the script finds <c>node_modules</c> beside it.
    /// </summary>
    public static void Seed(string folder, string toolRoot)
    {
        foreach (var file in new[] { ToolFiles.IndexerScript, ToolFiles.PackageFile, ToolFiles.LockFile })
        {
            var source = Path.Combine(toolRoot, file);
            var target = Path.Combine(folder, file);
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source)))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
    }
}
