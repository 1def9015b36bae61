using Site.Transcripts;

namespace Site.Tests.Fuzz;

/// <summary>
/// Every transcript reader the fuzz tests drive. A new reader is one line here: its name, a file name it reads
/// (the extension picks the format), and the call that parses a text.
/// </summary>
internal static class TranscriptReaders
{
    public static readonly IReadOnlyList<(string Name, Func<string, TranscriptParseResult> Parse)> All =
    [
        ("text", text => TranscriptParser.Parse(text, "fuzz.txt", "fuzz")),
    ];
}
