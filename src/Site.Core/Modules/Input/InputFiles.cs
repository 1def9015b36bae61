using Site.Theming;

namespace Site.Modules.Input;

/// <summary>Which files under a folder take part in a build, as paths relative to it with <c>/</c> separators.</summary>
public static class InputFiles
{
    /// <summary>
    /// Every file below <paramref name="root"/> except hidden ones (a name starting with <c>.</c>), sorted so
    /// builds are deterministic. Symbolic links that leave the folder are skipped.
    /// </summary>
    public static IEnumerable<string> List(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        var full = Path.GetFullPath(root);
        return Directory.EnumerateFiles(full, "*", options)
            .Select(path => Path.GetRelativePath(full, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(segment => segment.StartsWith('.')))
            .Where(relative => ThemeFiles.Confine(full, relative) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for files whose name (or a folder on whose path) starts with <c>_</c>: data and partials, never pages.</summary>
    public static bool IsPrivate(string relative) => relative.Split('/').Any(segment => segment.StartsWith('_'));

    /// <summary>True for files that override the theme's templates and strings (never content or assets).</summary>
    public static bool IsThemeOverride(string relative)
    {
        var first = relative.Split('/')[0];
        return ThemeFiles.TemplateFolders.Contains(first, StringComparer.Ordinal);
    }
}
