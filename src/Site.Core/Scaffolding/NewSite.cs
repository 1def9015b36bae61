using System.Text;
using Site.Diagnostics;

namespace Site.Scaffolding;

/// <summary>Writes a new site (<see cref="SiteTemplate"/>) into a folder that is missing or empty; never over a file.</summary>
public static class NewSite
{
    /// <summary>The files written (relative paths), or the errors that stopped it before anything was written.</summary>
    public static (IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics) Create(string folder, string packageId)
    {
        var display = folder.Replace('\\', '/');
        if (File.Exists(folder))
        {
            return ([], [Diagnostic.Error(DiagnosticCodes.OutputNotFolder, display, 0, 0, "a file of that name exists; give the name of a new or empty folder")]);
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return ([], [Diagnostic.Error(DiagnosticCodes.OutputNotOwned, display, 0, 0,
                "the folder is not empty; a new site is only written into a new or empty folder, so that no file of yours is replaced")]);
        }

        var written = new List<string>();
        try
        {
            foreach (var (path, text) in SiteTemplate.Files(packageId))
            {
                var full = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // CreateNew: a file that appeared since the check above is left alone, and the error says so.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                written.Add(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (written, [Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, display, 0, 0, $"cannot write the new site: {exception.Message}")]);
        }

        return (written, []);
    }
}
