using System.IO.Enumeration;
using Site.Diagnostics;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Walks a folder for <see cref="InputFiles.List"/>. The listing says which entries are symbolic links, so only
/// those are resolved (a few system calls per link, never per file: resolving every file of a thousand transcripts,
/// listed by three pipelines, was most of the Input phase). Files below a followed link lie inside its target, so
/// they need no check of their own. A folder that cannot be opened is noted by the enumerator and named afterwards.
/// </summary>
internal sealed class InputListing(string root, IReadOnlyList<string> inside, DiagnosticBag diagnostics)
    : FileSystemEnumerator<string>(root, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false })
{
    private readonly List<string> _folders = [root];
    private int _errors;

    protected override bool ShouldIncludeEntry(ref FileSystemEntry entry) =>
        !entry.IsDirectory && (!IsLink(ref entry) || Follows(entry.ToFullPath(), isFolder: false));

    protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry)
    {
        var path = entry.ToFullPath();
        if (IsLink(ref entry) && !Follows(path, isFolder: true))
        {
            return false;
        }

        _folders.Add(path);
        return true;
    }

    protected override string TransformEntry(ref FileSystemEntry entry) => entry.ToFullPath();

    /// <summary>A folder that cannot be opened (no permission, gone): carry on, and say which afterwards.</summary>
    protected override bool ContinueOnError(int error)
    {
        Interlocked.Increment(ref _errors);
        return true;
    }

    /// <summary>Names each folder the walk could not read. Only runs when the enumerator met an error, so a normal
    /// build opens no folder twice.</summary>
    public void ReportUnreadableFolders()
    {
        if (_errors == 0)
        {
            return;
        }

        foreach (var folder in _folders)
        {
            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
                entries.MoveNext();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFolder, ThemeFiles.Display(folder), 0, 0,
                    $"cannot read the folder, so none of its files are in the site: {exception.Message}"));
            }
        }
    }

    private static bool IsLink(ref FileSystemEntry entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>True when the link at <paramref name="path"/> leads inside the site's folders; otherwise reported.</summary>
    private bool Follows(string path, bool isFolder)
    {
        FileSystemInfo link = isFolder ? new DirectoryInfo(path) : new FileInfo(path);
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException exception)
        {
            Report(DiagnosticCodes.UnreadableFile, Severity.Error, path, $"cannot follow the link ({exception.Message}), so it is not in the site");
            return false;
        }

        if (target is null || !target.Exists)
        {
            Report(DiagnosticCodes.UnreadableFile, Severity.Error, path, $"is a link to '{target?.FullName ?? link.LinkTarget}', which does not exist, so it is not in the site");
            return false;
        }

        var resolved = Path.GetFullPath(target.FullName);
        if (!inside.Any(folder => IsWithin(resolved, folder)))
        {
            Report(DiagnosticCodes.LinkOutsideSite, Severity.Warning, path,
                $"is a link to '{resolved}', outside the input and theme folders: it is not followed, so {(isFolder ? "its files are" : "it is")} not in the site (copy {(isFolder ? "them" : "it")} into the input folder instead)");
            return false;
        }

        if (isFolder && IsWithin(path, resolved))
        {
            Report(DiagnosticCodes.LinkOutsideSite, Severity.Warning, path, $"is a link to '{resolved}', a folder that contains the link itself: it is not followed");
            return false;
        }

        return true;
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void Report(string code, Severity severity, string path, string message) =>
        diagnostics.Add(new Diagnostic(severity, code, ThemeFiles.Display(path), 0, 0, message));
}
