using System.Runtime;
using Site.Transcripts.Readers;

namespace Site.Cli.Commands;

/// <summary>
/// A site of a transcript or two is built within the first 8-13 MiB the process allocates (one generated transcript;
/// this repository's site), and the server collector, which starts with a small young generation, would stop it three
/// to five times on the way: 7-11 ms of pauses in a 30-50 ms build (the first collections of a process also set the
/// collector up). Such a build runs in a no-GC region instead: 38 → 33 ms for one transcript, 61 → 52 ms for this
/// repository's site. Larger sites do not: a region a build outgrows ends with a collection that leaves the
/// collector's sizing worse for the rest of the build (17 % slower at 100 transcripts, measured), so only inputs well
/// below what the region holds qualify.
/// </summary>
internal static class SmallSite
{
    /// <summary>Text in the input folder (transcripts, pages, data files) up to which a site counts as small.</summary>
    private const long SmallInputBytes = 128 * 1024;

    /// <summary>Every transcript format a reader takes (timed ones are larger per turn than text), and the site's data files.</summary>
    private static readonly HashSet<string> CountedExtensions =
        new([.. TranscriptReaders.Extensions, ".yml", ".yaml"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What a small site may allocate: more than twice what this repository's site takes. Reserved, not touched.</summary>
    private const long RegionBytes = 32 * 1024 * 1024;

    /// <summary>Starts a no-GC region if the input folder is small; false when it is not or no region could be started.</summary>
    public static bool TryBuildWithoutCollections(string input)
    {
        if (!IsSmall(input))
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(RegionBytes);
        }
        catch (InvalidOperationException)
        {
            return false; // another build of the same process is in one
        }
    }

    /// <summary>Ends the region if the build stayed within it (a build that outgrew it ended it already).</summary>
    public static void EndBuildWithoutCollections(bool started)
    {
        try
        {
            if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile by an allocation past the region (another thread's), which is all this wanted.
        }
    }

    /// <summary>Whether the text of the input folder (transcripts, pages, data files) is small; false if it cannot be read (the build reports that).</summary>
    public static bool IsSmall(string input)
    {
        long bytes = 0;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            foreach (var file in new DirectoryInfo(input).EnumerateFiles("*", options))
            {
                if (CountedExtensions.Contains(file.Extension))
                {
                    bytes += file.Length;
                    if (bytes > SmallInputBytes)
                    {
                        return false;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return true;
    }
}
