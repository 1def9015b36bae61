using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Site.Pipelines;
using Site.Theming;

namespace Site.Building;

/// <summary>
/// Writes the files of one build into its staging folder, with as few system calls as a file allows: the site is
/// tens of thousands of small files, and checking, creating and locking paths cost more than writing them did.
/// The staging folder is created empty by this build, so nothing in it is a link someone else made: a lexical check
/// that the path stays inside is enough (reading input/ checks every segment for links instead). Each folder is
/// created once.
/// </summary>
public sealed partial class StagingWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly string _root;

    public StagingWriter(string staging) => _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(staging)) + Path.DirectorySeparatorChar;

    /// <summary>The writer of the build's staging folder.</summary>
    public static StagingWriter Get(BuildContext build, BuildPaths paths) =>
        build.GetOrCreate("stagingWriter", () => new StagingWriter(paths.Staging));

    /// <summary>The full path of <paramref name="destination"/> (<c>a/index.html</c>), or null when it would leave the folder.</summary>
    public string? PathOf(string destination)
    {
        if (!ThemeFiles.IsSafeRelativePath(destination))
        {
            return null;
        }

        var full = Path.GetFullPath(destination, _root);
        return full.StartsWith(_root, StringComparison.Ordinal) && full.Length > _root.Length ? full : null;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, replacing any file there.</summary>
    public void WriteText(string fullPath, string text)
    {
        EnsureFolder(fullPath);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var count = Utf8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(fullPath, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, count), 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Copies a file in. With <paramref name="mayLink"/>, where the system allows, the file is linked rather than
    /// copied (a hard link: a second name for the same bytes). That is for files of a previous output, which the
    /// dev server reuses for every unchanged page: a build never writes to a file once written, so sharing them is
    /// safe. Never for input files: an edit of the output would then change the input.
    /// </summary>
    public void Copy(string source, string fullPath, bool mayLink = false)
    {
        EnsureFolder(fullPath);
        if (mayLink && !OperatingSystem.IsWindows() && Native.link(source, fullPath) == 0)
        {
            return;
        }

        File.Copy(source, fullPath, overwrite: true);
    }

    private static partial class Native
    {
        // link(2): fails (and the caller copies) across file systems or where links are not supported.
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = false)]
        internal static partial int link(string existing, string created);
    }

    private void EnsureFolder(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
    }
}
