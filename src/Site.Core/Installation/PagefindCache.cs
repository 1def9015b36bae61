using System.Text;
using System.Text.Json;

namespace Site.Installation;

/// <summary>
/// Where an installed tool keeps Pagefind: its own folder is not meant to be written to, so the package files and
/// the <c>node_modules</c> that <c>npm ci</c> installs from them (Pagefind's program) live in a per-user cache, one folder
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
    public static string Root() => OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 }
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "site")
        : Root(
            Environment.GetEnvironmentVariable(Variable),
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME"),
            // Not verified: a home folder not made yet is made with the cache.
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary>The cache folder from the environment's values; always a full path, so the cache never lands in the site being built.</summary>
    internal static string Root(string? configured, string? xdgCacheHome, string? home)
    {
        if (configured is { Length: > 0 })
        {
            return Path.GetFullPath(configured);
        }

        if (xdgCacheHome is { Length: > 0 } && Path.IsPathRooted(xdgCacheHome))
        {
            return Path.Combine(xdgCacheHome, "site");
        }

        return home is { Length: > 0 } && Path.IsPathRooted(home)
            ? Path.Combine(home, ".cache", "site")
            : Path.Combine(Path.GetTempPath(), "site-cache");
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
    /// Puts package files for Pagefind alone into <paramref name="folder"/>, cut from the tool's lock file
    /// (<see cref="SearchPackage"/>), so that <c>npm ci</c> installs the pinned version there. Files already as they
    /// should be are left untouched.
    /// </summary>
    public static void Seed(string folder, string toolRoot)
    {
        var lockJson = File.ReadAllText(Path.Combine(toolRoot, ToolFiles.LockFile));
        var trimmed = SearchPackage.FromLock(lockJson);
        WriteIfChanged(Path.Combine(folder, ToolFiles.PackageFile), trimmed is { } files
            ? Encoding.UTF8.GetBytes(files.PackageJson)
            : File.ReadAllBytes(Path.Combine(toolRoot, ToolFiles.PackageFile)));
        WriteIfChanged(Path.Combine(folder, ToolFiles.LockFile), Encoding.UTF8.GetBytes(trimmed?.LockJson ?? lockJson));
    }

    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
