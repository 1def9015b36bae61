using System.IO.Enumeration;
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

        var full = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        // Folders that are symbolic links or lie below one. The listing says which entries are links, so only the
        // files reached through one are checked with ThemeFiles.Confine (a few system calls per folder on the way,
        // for each of a thousand transcripts, listed by three pipelines, was most of the Input phase).
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var files = new FileSystemEnumerable<(string Path, bool Linked)>(
            full,
            (ref entry) => (entry.ToFullPath(), entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || linked.Contains(entry.Directory.ToString())),
            options)
        {
            ShouldIncludePredicate = (ref entry) =>
            {
                if (!entry.IsDirectory)
                {
                    return true;
                }

                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || linked.Contains(entry.Directory.ToString()))
                {
                    linked.Add(entry.ToFullPath());
                }

                return false;
            },
        };

        return files
            .Select(file => (Relative: Path.GetRelativePath(full, file.Path).Replace('\\', '/'), file.Linked))
            .Where(file => !file.Relative.Split('/').Any(segment => segment.StartsWith('.')))
            .Where(file => !file.Linked || ThemeFiles.Confine(full, file.Relative) is not null)
            .Select(file => file.Relative)
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
