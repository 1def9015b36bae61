namespace Site.Installation;

/// <summary>
/// The files a build needs besides the program: the built-in theme (<c>theme/</c>) and <c>package.json</c> with the
/// lock file that pins Pagefind (whose own program indexes the site). They are published beside the program and packed
/// into the .NET tool; run from the repository, they are the repository's own, above the program's folder.
/// </summary>
public static class ToolFiles
{
    public const string ThemeFolder = "theme";
    public const string PackageFile = "package.json";
    public const string LockFile = "package-lock.json";

    private static readonly Lazy<string?> FromProgram = new(() => LocateFrom(AppContext.BaseDirectory));

    /// <summary>The folder beside (or above) the program that holds the tool's files; null when they are missing.</summary>
    public static string? Root => FromProgram.Value;

    /// <summary>The theme shipped with the tool, or null when the program came without it.</summary>
    public static string? BuiltInTheme => Root is { } root ? Path.Combine(root, ThemeFolder) : null;

    /// <summary>The nearest folder from <paramref name="start"/> up that holds a theme and the package files pinning Pagefind.</summary>
    public static string? LocateFrom(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (IsRoot(folder.FullName))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public static bool IsRoot(string folder) =>
        Directory.Exists(Path.Combine(folder, ThemeFolder, "layouts")) &&
        File.Exists(Path.Combine(folder, PackageFile)) &&
        File.Exists(Path.Combine(folder, LockFile));
}
