using Site.Diagnostics;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>Which files under a folder take part in a build, as paths relative to it with <c>/</c> separators.</summary>
public static class InputFiles
{
    /// <summary>
    /// Every file below <paramref name="root"/> except hidden ones (a name starting with <c>.</c>), sorted so
    /// builds are deterministic. A symbolic link is followed when its target is inside <paramref name="root"/> or one
    /// of <paramref name="alsoInside"/> (the site's input and theme folders); a link that leads elsewhere, loops or
    /// leads nowhere is left out and reported, and so is a folder that cannot be read.
    /// </summary>
    public static IEnumerable<string> List(string root, DiagnosticBag? diagnostics = null, IReadOnlyList<string>? alsoInside = null)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var full = Path.GetFullPath(root);
        var inside = new List<string> { full };
        inside.AddRange((alsoInside ?? []).Select(Path.GetFullPath));
        var report = diagnostics ?? new DiagnosticBag();
        using var listing = new InputListing(full, inside, report);
        var files = new List<string>();
        while (listing.MoveNext())
        {
            files.Add(listing.Current);
        }

        listing.ReportUnreadableFolders();
        return files
            .Select(file => Path.GetRelativePath(full, file).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(segment => segment.StartsWith('.')))
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
