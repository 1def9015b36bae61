using Site.Diagnostics;

namespace Site.Building;

/// <summary>
/// Guards and swaps the output folder: a build writes into a staging folder beside it and replaces the output only
/// when it succeeded, so a failed build leaves the previous site intact. Every guard compares real paths (links
/// followed), and every failure is a diagnostic.
/// </summary>
public static class OutputFolder
{
    /// <summary>
    /// Refuses an output folder whose replacement would destroy sources: the file system root, the home folder or a
    /// parent of it, a repository root, the input or theme folder, a parent of them or a folder inside them (SITE004);
    /// and a path that is not a folder: a file, a path below a file, or a symbolic link (SITE009).
    /// </summary>
    public static Diagnostic? Check(string output, string input, string theme)
    {
        var lexical = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        string real;
        string? reason;
        try
        {
            // A link as the output itself is refused rather than followed: the swap renames the output, which would
            // replace the link; building into what it points to would replace a folder the user named only indirectly.
            if (new DirectoryInfo(lexical).LinkTarget is { } target)
            {
                return NotFolder(output, $"'{output}' is a symbolic link (to {target}), not a folder, and a build replaces its output folder whole; give the folder it points to as --output, or remove the link");
            }

            real = RealPath.Resolve(lexical);
            reason = Danger(real, input, theme);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return NotFolder(output, $"cannot resolve '{output}': {exception.Message}");
        }

        if (File.Exists(real))
        {
            return NotFolder(output, $"'{output}' is a file, not a folder; choose a folder with --output");
        }

        for (var up = Path.GetDirectoryName(real); up is not null && !Directory.Exists(up); up = Path.GetDirectoryName(up))
        {
            if (File.Exists(up))
            {
                return NotFolder(output, $"'{up}' is a file, so '{output}' cannot be a folder; choose a folder with --output");
            }
        }

        if (reason is null)
        {
            return null;
        }

        var resolved = real == lexical ? string.Empty : $" (it resolves to {real})";
        return Diagnostic.Error(DiagnosticCodes.UnsafeOutputFolder, output, 0, 0,
            $"refusing to use '{output}'{resolved} as the output folder: {reason}, and a build replaces the output folder whole");
    }

    private static string? Danger(string real, string input, string theme)
    {
        if (Path.GetPathRoot(real) == real)
        {
            return "it is the root of the file system";
        }

        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
        {
            var realHome = RealPath.Resolve(home);
            if (RealPath.IsSameOrInside(realHome, real))
            {
                return real.Equals(realHome, RealPath.Comparison) ? "it is your home folder" : "it contains your home folder";
            }
        }

        if (Directory.Exists(Path.Combine(real, ".git")) || File.Exists(Path.Combine(real, ".git")))
        {
            return "it is a repository root";
        }

        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            var source = RealPath.Resolve(folder);
            if (real.Equals(source, RealPath.Comparison))
            {
                return $"it is the {name} folder";
            }

            if (RealPath.IsInside(source, real))
            {
                return $"it contains the {name} folder";
            }

            if (RealPath.IsInside(real, source))
            {
                return $"it is inside the {name} folder";
            }
        }

        return null;
    }

    /// <summary>Creates the staging folder beside the output (and the output's parent if needed), marked as the tool's;
    /// null with a diagnostic when the system refuses.</summary>
    public static string? CreateStaging(string output, DiagnosticBag diagnostics)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full)!;
        var staging = Path.Combine(parent, LeftoverFolders.StagingName(Path.GetFileName(full)));
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            OutputMarker.WriteInto(staging);
            return staging;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, output, 0, 0,
                $"cannot create the staging folder beside the output folder, in {parent}: {exception.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Puts the staging folder in place of the output folder with two renames. The previous output is deleted
    /// after, in the background when <paramref name="deleteLater"/> (the dev server, which must not make a reload
    /// wait for thousands of unlinks; its next build uses new names). Null on success; when a rename fails, the
    /// previous output is put back and the diagnostic says why.
    /// </summary>
    public static Diagnostic? Swap(string staging, string output, bool deleteLater = false)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        string? previous = null;
        try
        {
            if (Directory.Exists(full))
            {
                previous = Path.Combine(Path.GetDirectoryName(full)!, LeftoverFolders.PreviousName(Path.GetFileName(full)));
                Directory.Move(full, previous);
            }

            Directory.Move(staging, full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (previous is not null && Directory.Exists(previous) && !Directory.Exists(full))
            {
                try
                {
                    Directory.Move(previous, full);
                }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    return Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, output, 0, 0,
                        $"cannot replace the output folder ({exception.Message}), nor put the previous one back from {previous} ({again.Message})");
                }
            }

            return Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, output, 0, 0, $"cannot replace the output folder: {exception.Message}");
        }

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

        return null;
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
            // A leftover hidden folder is harmless; the next build of this output removes it (LeftoverFolders).
        }
    }

    private static Diagnostic NotFolder(string output, string message) =>
        Diagnostic.Error(DiagnosticCodes.OutputNotFolder, output, 0, 0, message);
}
