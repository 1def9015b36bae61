namespace Site.Serving;

/// <summary>
/// Finds files in the output folder the way <c>realpath</c> would, one segment at a time, so a symbolic link
/// anywhere on the way (a folder as well as the file) is followed and must land inside the folder.
/// </summary>
public static class OutputFiles
{
    // The same bound as the kernel's ELOOP: a cycle of links inside the folder is refused, not followed forever.
    private const int MaxLinks = 40;

    public static OutputLookup Find(string root, RequestPath path)
    {
        var realRoot = RealRoot(root);
        if (realRoot is null)
        {
            return OutputLookup.Missing;
        }

        var remaining = new List<string>(path.Segments);
        var current = realRoot;
        var links = 0;
        var index = 0;
        while (index < remaining.Count)
        {
            var next = Path.Join(current, remaining[index]);
            var link = new FileInfo(next).LinkTarget;
            if (link is null)
            {
                current = next;
                index++;
                continue;
            }

            // 'current' holds no links (each was replaced by its target), so resolving ".." in the target by text is exact.
            var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(link, current));
            if (++links > MaxLinks || !IsInsideOrSame(target, realRoot))
            {
                return OutputLookup.Refused;
            }

            var targetSegments = Path.GetRelativePath(realRoot, target).Split(Path.DirectorySeparatorChar)
                .Where(segment => segment is not "" and not ".");
            remaining = [.. targetSegments, .. remaining.Skip(index + 1)];
            current = realRoot;
            index = 0;
        }

        if (File.Exists(current))
        {
            return new OutputLookup(OutputLookupKind.File, current);
        }

        return Directory.Exists(current) ? new OutputLookup(OutputLookupKind.Folder, current) : OutputLookup.Missing;
    }

    /// <summary>Opens a found file for reading; null if it vanished in between (a rebuild swapping the folder).</summary>
    public static FileStream? TryOpen(string fullPath)
    {
        try
        {
            // FileShare.Delete: an open file keeps serving even when a rebuild moves the folder away.
            return new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? RealRoot(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null)
        {
            full = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        return Directory.Exists(full) ? full : null;
    }

    private static bool IsInsideOrSame(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
