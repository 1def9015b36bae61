using CsCheck;
using Site.Transcripts;
using Readers = Site.Transcripts.Readers.TranscriptReaders;

namespace Site.Tests.Fuzz;

/// <summary>A reader the fuzz tests drive: its name, the call that parses a text, and the inputs it is fed.</summary>
internal sealed record FuzzedReader(string Name, Func<string, TranscriptParseResult> Parse, Gen<string> Inputs, int Cases = 600);

/// <summary>
/// Every transcript reader the fuzz tests drive. A new reader is one line here: its name, a file name it reads
/// (the extension picks the format), the mutated inputs of its format and how many (the whole suite: seconds).
/// </summary>
internal static class TranscriptReaders
{
    public static readonly IReadOnlyList<FuzzedReader> All =
    [
        new("text", text => TranscriptParser.Parse(text, "fuzz.txt", "fuzz"), TranscriptMutations.Cases.Select(TranscriptMutations.Apply), 1200),
        new("vtt", text => Readers.Read(text, "fuzz.vtt", "fuzz", null), TimedMutations.WebVtt.Cases.Select(TimedMutations.WebVtt.Apply)),
        new("srt", text => Readers.Read(text, "fuzz.srt", "fuzz", null), TimedMutations.Srt.Cases.Select(TimedMutations.Srt.Apply)),
        new("json", text => Readers.Read(text, "fuzz.json", "fuzz", null), TimedMutations.PodcastJson.Cases.Select(TimedMutations.PodcastJson.Apply)),
    ];
}
