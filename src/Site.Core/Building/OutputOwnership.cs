using Site.Diagnostics;

namespace Site.Building;

/// <summary>
/// Decides whether a build may replace an existing output folder: yes when it carries the <see cref="OutputMarker"/>
/// or is empty, and otherwise only when every file in it is one this build writes too (the output of a version of
/// the tool that wrote no marker). Anything else may be the user's: <c>--output docs</c> in a repository, or a home
/// folder's <c>keep.me</c>. Judged after the build, from what the staging folder holds, just before the swap.
/// </summary>
public static class OutputOwnership
{
    private const int Examples = 3;

    /// <param name="output">The output folder as the user gave it (named so in the message).</param>
    /// <param name="staging">The finished staging folder, which is what will replace the output.</param>
    /// <param name="indexesSearch">Whether this build indexes for search: Pagefind names its files by content hashes,
    /// so an older index differs file by file from the new one, but its folder is the tool's.</param>
    public static Diagnostic? Check(string output, string staging, bool indexesSearch)
    {
        var full = Path.GetFullPath(output);
        if (!Directory.Exists(full) || OutputMarker.IsIn(full))
        {
            return null;
        }

        var built = Entries(staging).ToHashSet(StringComparer.Ordinal);
        var foreign = Entries(full)
            .Where(entry => !built.Contains(entry) && !(indexesSearch && entry.StartsWith("pagefind/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }

        var noun = foreign.Any(entry => entry.EndsWith('/')) ? "files and folders" : "files";
        var count = foreign.Count == 1 ? (foreign[0].EndsWith('/') ? "1 folder" : "1 file") : $"{foreign.Count} {noun}";
        var examples = foreign.Take(Examples).ToList();
        var named = examples.Count == 1 ? examples[0] : string.Join(", ", examples[..^1]) + " and " + examples[^1];
        return Diagnostic.Error(DiagnosticCodes.OutputNotOwned, output, 0, 0,
            $"refusing to replace '{output}': it holds {count} the tool did not write, such as {named}, and has no {OutputMarker.FileName} " +
            "of an earlier build; build with --force to replace it (and delete those files), or choose an empty or new folder with --output");
    }

    /// <summary>
    /// Every file below <paramref name="root"/> (links as files, never followed) and every empty folder (as
    /// <c>name/</c>), relative with <c>/</c>. A folder that cannot be read counts as an entry of its own.
    /// </summary>
    private static IEnumerable<string> Entries(string root)
    {
        var pending = new Stack<(DirectoryInfo Folder, string Relative)>();
        pending.Push((new DirectoryInfo(root), string.Empty));
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        while (pending.TryPop(out var item))
        {
            List<FileSystemInfo>? children;
            try
            {
                children = [.. item.Folder.EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                children = null;
            }

            if (children is null)
            {
                yield return item.Relative + "(unreadable)/";
                continue;
            }

            if (children.Count == 0 && item.Relative.Length > 0)
            {
                yield return item.Relative; // an empty folder, as "name/"
            }

            foreach (var child in children)
            {
                var relative = item.Relative + child.Name;
                if (child is DirectoryInfo folder && child.LinkTarget is null)
                {
                    pending.Push((folder, relative + "/"));
                }
                else
                {
                    yield return relative;
                }
            }
        }
    }
}
