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
            Write(fullPath, buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as they are, replacing any file there.</summary>
    public void WriteBytes(string fullPath, ReadOnlySpan<byte> bytes)
    {
        EnsureFolder(fullPath);
        Write(fullPath, bytes);
    }

    private static void Write(string fullPath, ReadOnlySpan<byte> bytes)
    {
        if (OperatingSystem.IsLinux())
        {
            Native.WriteFile(fullPath, bytes);
            return;
        }

        using var handle = File.OpenHandle(fullPath, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
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

    /// <summary>
    /// The system calls a staged file needs on Linux, and no more: open, write, close (.NET's file handles add a
    /// status and a seek query per file, tens of thousands of calls on a large site), and one mkdir per folder.
    /// </summary>
    private static unsafe partial class Native
    {
        private const int WriteCreateTruncateCloseOnExec = 0x1 | 0x40 | 0x200 | 0x80000; // O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC
        private const int EEXIST = 17;
        private const int EINTR = 4;

        // link(2): fails (and the caller copies) across file systems or where links are not supported.
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = false)]
        internal static partial int link(string existing, string created);

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int open(string path, int flags, int mode);

        [LibraryImport("libc", SetLastError = true)]
        private static partial nint write(int descriptor, byte* buffer, nint count);

        [LibraryImport("libc", SetLastError = true)]
        private static partial int close(int descriptor);

        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int mkdir(string path, int mode);

        public static void WriteFile(string path, ReadOnlySpan<byte> bytes)
        {
            var descriptor = open(path, WriteCreateTruncateCloseOnExec, 0x1B6); // 0666, less the umask
            if (descriptor < 0)
            {
                throw Failure("cannot create", path);
            }

            try
            {
                fixed (byte* start = bytes)
                {
                    for (var written = 0; written < bytes.Length;)
                    {
                        var count = write(descriptor, start + written, bytes.Length - written);
                        if (count < 0 && Marshal.GetLastPInvokeError() == EINTR)
                        {
                            continue;
                        }

                        if (count <= 0)
                        {
                            throw Failure("cannot write", path);
                        }

                        written += (int)count;
                    }
                }
            }
            finally
            {
                close(descriptor);
            }
        }

        /// <summary>Creates the folder if its parent exists; false when the parent is missing too (or anything else failed).</summary>
        public static bool TryMakeFolder(string path) => mkdir(path, 0x1FF) == 0 || Marshal.GetLastPInvokeError() == EEXIST; // 0777, less the umask

        private static IOException Failure(string what, string path) =>
            new($"{what} {path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
    }

    private void EnsureFolder(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!_folders.ContainsKey(folder))
        {
            // Most folders are made right under one made before (a/ then a/b/): one mkdir, else the long way.
            if (!OperatingSystem.IsLinux() || !Native.TryMakeFolder(folder))
            {
                Directory.CreateDirectory(folder);
            }

            _folders.TryAdd(folder, 0);
        }
    }
}
