namespace Site.Building;

/// <summary>
/// A path as the system resolves it: every symbolic link on the way is followed, segment by segment, and <c>..</c>
/// goes to the parent of where the link led (not of the link's name). The part that does not exist yet is appended
/// as written. Guards compare these, so <c>w/alias/in</c> with <c>alias -> .</c> is seen to be <c>w/in</c>.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links in one lookup (ELOOP); so does this.
    private const int MaxLinks = 40;

    /// <summary>The resolved absolute path of <paramref name="path"/>; throws <see cref="IOException"/> on a loop of links.</summary>
    public static string Resolve(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[root.Length..]);
        var current = root;
        var exists = true;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, segment);
            if (exists && LinkTarget(next) is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"too many levels of symbolic links in '{path}'");
                }

                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                    target = target[current.Length..];
                }

                Push(pending, target);
                continue;
            }

            exists = exists && (File.Exists(next) || Directory.Exists(next));
            current = next;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it (both resolved).</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path.Equals(folder, Comparison) || IsInside(path, folder);

    /// <summary>Whether <paramref name="path"/> is strictly below <paramref name="folder"/> (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }

    /// <summary>Linux file names are case-sensitive; the usual file systems of macOS and Windows are not.</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static void Push(Stack<string> pending, string relative)
    {
        var segments = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // not a link, or not reachable: the rest is taken as written
        }
    }
}
