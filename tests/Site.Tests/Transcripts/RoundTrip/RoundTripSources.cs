using Site.Diagnostics;
using Site.Tests.Support;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.RoundTrip;

/// <summary>
/// The timed transcripts the round-trip tests export and read back: real files (reader samples), the timed golden
/// site's inputs (read with their sidecar and chapters file, as the build reads them) and stamped text samples.
/// </summary>
internal static class RoundTripSources
{
    public static readonly string[] Files =
    [
        "Transcripts/Readers/Samples/buzzsprout-example.vtt",
        "Transcripts/Readers/Samples/buzzsprout-example.srt",
        "Transcripts/Readers/Samples/film-anchorman-fr.srt",
        "Transcripts/Readers/Samples/netflix-chicas-del-cable.vtt",
        "Transcripts/Readers/Samples/podcast-namespace-example.json",
        "Transcripts/Readers/Samples/whisperx-diarized.srt",
        "Transcripts/Readers/Samples/youtube-dl.vtt",
        "Transcripts/Readers/Samples/youtube-rolling.vtt",
        "Transcripts/Readers/Samples/zoom-meeting.vtt",
        "Golden/200-timed-transcripts/input/transcripts/panel.vtt",
        "Golden/200-timed-transcripts/input/transcripts/interview.srt",
        "Golden/200-timed-transcripts/input/transcripts/episode.json",
        "Golden/200-timed-transcripts/input/transcripts/bakery.sbv",
        "Transcripts/Readers/Samples/youtube-studio-captions.sbv",
        "Transcripts/Grammar/Samples/ladybug-website-bold-stamps.md",
        "Transcripts/Grammar/Samples/otter-ladybug.txt",
        "Transcripts/Grammar/Samples/stratomercata-bold-labels.md",
    ];

    /// <summary>The file read as the build reads it: a timed file with the sidecar and chapters file beside it.</summary>
    public static Transcript Read(string file)
    {
        var full = Path.Combine(Golden.ProjectFolder, file);
        var diagnostics = new List<Diagnostic>();
        var header = SidecarFiles.Find(file, full, diagnostics).Header(diagnostics);
        var result = TranscriptReaders.Read(File.ReadAllText(full), Path.GetFileName(file), Path.GetFileNameWithoutExtension(file), header);
        Assert.True(result.Transcript is { IsTimed: true }, $"{file} is not a timed transcript:\n{string.Join('\n', diagnostics.Concat(result.Diagnostics))}");
        return result.Transcript!;
    }
}
