using Site.Diagnostics;
using Site.Tests.Support;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Readers;

/// <summary>Reads the real-world excerpts in Samples/ (sources in Samples/README.md) and plain strings.</summary>
internal static class ReaderSamples
{
    private static readonly string[] FormatNoise = ["-->", "<v", "</", "{\\", "&amp;", "&lt;", "WEBVTT", "NOTE", "align:", "position:", "Kind:"];

    public static TranscriptParseResult ReadSample(string name, TranscriptHeader? sidecar = null)
    {
        var text = File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Transcripts/Readers/Samples", name));
        return TranscriptReaders.Read(text, name, Path.GetFileNameWithoutExtension(name), sidecar);
    }

    public static TranscriptParseResult Read(string text, string name, TranscriptHeader? sidecar = null) =>
        TranscriptReaders.Read(text, name, Path.GetFileNameWithoutExtension(name), sidecar);

    public static Transcript Model(TranscriptParseResult result)
    {
        Assert.True(result.Transcript is not null, string.Join("\n", result.Diagnostics));
        return result.Transcript!;
    }

    /// <summary>Speaker slug and start of each turn, in order.</summary>
    public static List<(string Speaker, double? Start)> Turns(Transcript transcript) =>
        transcript.AllTurns.Select(turn => (turn.SpeakerSlug, turn.Start)).ToList();

    public static string TurnText(Turn turn) => string.Join("\n", turn.Paragraphs.Select(paragraph => paragraph.Text));

    public static string AllText(Transcript transcript) => string.Join("\n", transcript.AllTurns.Select(TurnText));

    public static void AssertNoFormatNoise(Transcript transcript)
    {
        var text = AllText(transcript);
        foreach (var noise in FormatNoise)
        {
            Assert.DoesNotContain(noise, text, StringComparison.Ordinal);
        }
    }

    public static void AssertNoWarnings(TranscriptParseResult result) =>
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));

    public static Diagnostic Single(TranscriptParseResult result, string code) =>
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == code);
}
