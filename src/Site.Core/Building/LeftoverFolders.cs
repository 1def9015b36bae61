using System.Globalization;

namespace Site.Building;

/// <summary>
/// A build writes into <c>.&lt;output&gt;.staging-&lt;pid&gt;-&lt;guid&gt;</c> beside its output and moves the old
/// output to <c>.&lt;output&gt;.previous-&lt;pid&gt;-&lt;guid&gt;</c>; a build that was killed leaves them behind. The next
/// build removes those of its output folder whose process is gone, and nothing else: the name must be exactly one
/// the tool makes, for this output, with the id of a process that no longer runs.
/// </summary>
public static class LeftoverFolders
{
    public static string StagingName(string outputName) => NameOf(outputName, "staging");

    public static string PreviousName(string outputName) => NameOf(outputName, "previous");

    /// <summary>Removes the leftovers of dead builds beside <paramref name="output"/>; a folder it cannot list or delete is left.</summary>
    public static void RemoveBeside(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(full);
        try
        {
            foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories(".*"))
            {
                if (folder.LinkTarget is null && TryParse(folder.Name, out var of, out var pid) && of == name && !ProcessIds.IsAlive(pid))
                {
                    OutputFolder.TryDelete(folder.FullName);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Leftovers are only clutter: a parent that cannot be listed leaves them for later.
        }
    }

    /// <summary>Reads <c>.&lt;output&gt;.staging-&lt;pid&gt;-&lt;32 hex digits&gt;</c> (or <c>.previous-</c>).</summary>
    public static bool TryParse(string folderName, out string outputName, out int pid)
    {
        outputName = string.Empty;
        pid = 0;
        var dash = folderName.LastIndexOf('-');
        if (!folderName.StartsWith('.') || dash < 0 || !IsGuid(folderName.AsSpan(dash + 1)))
        {
            return false;
        }

        var rest = folderName[..dash];
        var pidDash = rest.LastIndexOf('-');
        if (pidDash < 0 || !int.TryParse(rest.AsSpan(pidDash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out pid))
        {
            return false;
        }

        rest = rest[..pidDash];
        foreach (var kind in (string[])[".staging", ".previous"])
        {
            if (rest.EndsWith(kind, StringComparison.Ordinal) && rest.Length > kind.Length + 1)
            {
                outputName = rest[1..^kind.Length];
                return true;
            }
        }

        return false;
    }

    private static string NameOf(string outputName, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $".{outputName}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    private static bool IsGuid(ReadOnlySpan<char> text)
    {
        if (text.Length != 32)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
