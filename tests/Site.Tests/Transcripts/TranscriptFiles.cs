using System.Runtime.CompilerServices;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>Finds fixture files next to this source file and the repository's sample transcript.</summary>
internal static class TranscriptFiles
{
    public static string Fixture(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name));

    public static string SoraPanel([CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "input", "transcripts", "sora-panel.txt"));

    /// <summary>Parses and asserts that a transcript came out.</summary>
    public static (Transcript Transcript, IReadOnlyList<Site.Diagnostics.Diagnostic> Diagnostics) ParseOk(string text, string path = "t.txt", string id = "t")
    {
        var result = TranscriptParser.Parse(text, path, id);
        Assert.True(result.Transcript is not null, string.Join("\n", result.Diagnostics));
        return (result.Transcript!, result.Diagnostics);
    }
}
