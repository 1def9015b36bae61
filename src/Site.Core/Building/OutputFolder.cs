using Site.Diagnostics;

namespace Site.Building;

/// <summary>
/// Guards and swaps the output folder: a build writes into a staging folder beside it and replaces the output only
/// when it succeeded, so a failed build leaves the previous site intact.
/// </summary>
public static class OutputFolder
{
    /// <summary>Refuses an output folder whose replacement would destroy sources: the input or theme folder, a parent
    /// of them, a folder inside them, a repository root, or the file system root.</summary>
    public static Diagnostic? Check(string output, string input, string theme)
    {
        var full = Normalize(output);
        string? reason = null;
        if (Path.GetPathRoot(full) == full || full == Normalize(Path.GetPathRoot(full) ?? "/"))
        {
            reason = "it is the root of the file system";
        }
        else if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
        {
            reason = "it is a repository root";
        }
        else
        {
            foreach (var (name, source) in new[] { ("input", Normalize(input)), ("theme", Normalize(theme)) })
            {
                if (full == source)
                {
                    reason = $"it is the {name} folder";
                }
                else if (IsInside(source, full))
                {
                    reason = $"it contains the {name} folder";
                }
                else if (IsInside(full, source))
                {
                    reason = $"it is inside the {name} folder";
                }
            }
        }

        return reason is null
            ? null
            : Diagnostic.Error(DiagnosticCodes.UnsafeOutputFolder, output, 0, 0, $"refusing to use '{output}' as the output folder: {reason}, and a build replaces the output folder whole");
    }

    public static string CreateStaging(string output)
    {
        var full = Normalize(output);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Puts the staging folder in place of the output folder with two renames. The previous output is deleted
    /// after, in the background when <paramref name="deleteLater"/> (the dev server, which must not make a reload
    /// wait for thousands of unlinks; its next build uses new names).
    /// </summary>
    public static void Swap(string staging, string output, bool deleteLater = false)
    {
        var full = Normalize(output);
        string? previous = null;
        if (Directory.Exists(full))
        {
            previous = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(full, previous);
        }

        Directory.Move(staging, full);
        if (previous is not null)
        {
            if (deleteLater)
            {
                _ = Task.Run(() => TryDelete(previous));
            }
            else
            {
                TryDelete(previous);
            }
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is harmless; the next build uses a new name.
        }
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
