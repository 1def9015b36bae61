using System.Globalization;
using Site.Building;

namespace Site.Serving;

/// <summary>
/// Where <c>site serve</c> builds when no output folder is given: <c>site-preview-&lt;pid&gt;-&lt;input&gt;</c> in memory
/// (/dev/shm) where the machine has it, removed when the server stops. A server that was killed leaves it behind;
/// the next preview removes those of servers that are gone.
/// </summary>
public static class PreviewFolder
{
    private const string Prefix = "site-preview-";

    public static string Root => Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    /// <summary>The preview folder of this process for <paramref name="input"/>.</summary>
    public static string For(string input)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
        return Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{name}"));
    }

    /// <summary>
    /// Removes, in <paramref name="root"/>, the previews of processes that are gone, and their hidden staging and
    /// previous folders: only folders named as the tool names them, and a preview only if it is empty or marked as a
    /// build's output. Everything else is left.
    /// </summary>
    public static void RemoveLeftovers(string root)
    {
        try
        {
            foreach (var folder in new DirectoryInfo(root).EnumerateDirectories("*" + Prefix + "*"))
            {
                if (folder.LinkTarget is null && IsLeftover(folder))
                {
                    OutputFolder.TryDelete(folder.FullName);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Leftovers are only clutter: a root that cannot be listed leaves them for later.
        }
    }

    private static bool IsLeftover(DirectoryInfo folder)
    {
        if (LeftoverFolders.TryParse(folder.Name, out var output, out var builder))
        {
            return TryServer(output, out var server) && !ProcessIds.IsAlive(builder) && !ProcessIds.IsAlive(server);
        }

        return TryServer(folder.Name, out var pid) && !ProcessIds.IsAlive(pid) &&
            (OutputMarker.IsIn(folder.FullName) || !folder.EnumerateFileSystemInfos().Any());
    }

    /// <summary>Reads the server's id from <c>site-preview-&lt;pid&gt;-&lt;input&gt;</c>.</summary>
    private static bool TryServer(string name, out int pid)
    {
        pid = 0;
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name.AsSpan(Prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out pid);
    }
}
