namespace Site.Theming;

/// <summary>
/// Finds theme files in layers: a file in <c>input/</c> at the same relative path as a theme file overrides it, and
/// a file of the theme folder overrides the built-in theme's, so a user can change one partial without copying the
/// theme. Paths that leave a folder are refused.
/// </summary>
public sealed class ThemeFiles
{
    /// <param name="builtInRoot">The theme shipped with the tool, under <paramref name="themeRoot"/>; null or the same folder for none.</param>
    public ThemeFiles(string inputRoot, string themeRoot, string? builtInRoot = null)
    {
        InputRoot = Path.GetFullPath(inputRoot);
        ThemeRoot = Path.GetFullPath(themeRoot);
        var builtIn = builtInRoot is null ? null : Path.GetFullPath(builtInRoot);
        ThemeRoots = builtIn is null || builtIn == ThemeRoot ? [ThemeRoot] : [ThemeRoot, builtIn];
    }

    public string InputRoot { get; }

    public string ThemeRoot { get; }

    /// <summary>The theme folder, then the built-in theme when there is one: the first that holds a file wins.</summary>
    public IReadOnlyList<string> ThemeRoots { get; }

    /// <summary>Every layer, the one that wins first: input, theme, built-in theme.</summary>
    public IEnumerable<string> Roots => [InputRoot, .. ThemeRoots];

    /// <summary>Theme folders whose files can be overridden from <c>input/</c> and are never content.</summary>
    public static readonly string[] TemplateFolders = ["layouts", "partials", "strings"];

    /// <summary>Full path of <paramref name="relativePath"/> (e.g. <c>partials/header.html</c>), or null when absent or outside.</summary>
    public string? Resolve(string relativePath)
    {
        if (!IsSafeRelativePath(relativePath))
        {
            return null;
        }

        foreach (var root in Roots)
        {
            var candidate = Confine(root, relativePath);
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A relative path with no <c>..</c> segments, no root, no backslashes and no NUL.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0 &&
        !Path.IsPathRooted(path) &&
        !path.Contains('\\', StringComparison.Ordinal) &&
        !path.Contains('\0', StringComparison.Ordinal) &&
        !path.Contains(':', StringComparison.Ordinal) &&
        path.Split('/').All(segment => segment is not ".." and not ".");

    /// <summary>The full path inside <paramref name="root"/>, or null if it (or a symbolic link on the way) leaves it.</summary>
    public static string? Confine(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        // A symbolic link anywhere on the way (a linked folder, or the file itself) must stay inside the root.
        var current = root;
        foreach (var segment in relativePath.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (entry.Exists && entry.LinkTarget is not null)
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !Path.GetFullPath(target.FullName).StartsWith(prefix, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        return full;
    }

    /// <summary>Display path for diagnostics: relative to the current folder when possible.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
