namespace Site.Serving;

/// <summary>
/// Watches the input and theme folders (site.yml lives in input/) and reports each changed path. The output folder
/// is never watched: a build writing there would trigger the next build forever.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _changed;
    private readonly string _output;

    public SiteWatcher(IEnumerable<string> folders, string output, Action<string> changed)
    {
        _changed = changed;
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(folder, e.FullPath);
            watcher.Created += (_, e) => Report(folder, e.FullPath);
            watcher.Deleted += (_, e) => Report(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(folder, e.OldFullPath);
                Report(folder, e.FullPath);
            };
            // A lost event (buffer overflow) could hide a change: rebuild rather than miss it.
            watcher.Error += (_, _) => _changed(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Report(string folder, string path)
    {
        if (IsIgnored(folder, path, _output))
        {
            return;
        }

        _changed(path);
    }

    /// <summary>Editor swap and backup files, hidden files (which builds skip too), and anything in the output.</summary>
    public static bool IsIgnored(string folder, string path, string output)
    {
        if (path == output || path.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }

        var relative = Path.GetRelativePath(folder, path);
        return relative.EndsWith('~') ||
            relative.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.') && segment is not "." and not "..");
    }
}
