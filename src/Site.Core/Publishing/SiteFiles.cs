namespace Site.Publishing;

/// <summary>The files and folders of a built site, as paths relative to its root with <c>/</c> separators.</summary>
public sealed class SiteFiles
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;

    private SiteFiles(HashSet<string> files, HashSet<string> folders)
    {
        _files = files;
        _folders = folders;
    }

    public IReadOnlyCollection<string> Files => _files;

    /// <summary>Every file below <paramref name="root"/>, hidden ones included (<c>.nojekyll</c> is part of the site).</summary>
    public static SiteFiles List(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var full = Path.GetFullPath(root);
        return Of(Directory.EnumerateFiles(full, "*", options).Select(path => Path.GetRelativePath(full, path).Replace('\\', '/')));
    }

    /// <summary>The site made of <paramref name="relativePaths"/> (<c>a/index.html</c>, with <c>/</c> separators).</summary>
    public static SiteFiles Of(IEnumerable<string> relativePaths)
    {
        var files = relativePaths.ToHashSet(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { string.Empty };
        foreach (var file in files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(file[..slash]))
                {
                    break;
                }
            }
        }

        return new SiteFiles(files, folders);
    }

    /// <summary>
    /// The file a static server (GitHub Pages, or <c>python -m http.server</c>) answers for a decoded site-relative
    /// path: <c>a/</c> serves <c>a/index.html</c>, and <c>a</c> redirects there when <c>a</c> is a folder.
    /// </summary>
    public string? Find(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var index = relative + "index.html";
            return _files.Contains(index) ? index : null;
        }

        if (_files.Contains(relative))
        {
            return relative;
        }

        return _folders.Contains(relative) && _files.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }
}
