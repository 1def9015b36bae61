using Site.Tests.Support;
using Site.Transcripts;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Readers;

/// <summary>Bad input never crashes a reader: every sample cut short at every point, and with bytes flipped, reads without throwing.</summary>
public sealed class ReaderRobustnessTests
{
    private const string Noise = "<>&:-\n{}[]\"\\,.0 v";

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Path.Combine(Golden.ProjectFolder, "Transcripts/Readers/Samples")).Select(path => Path.GetFileName(path)).Where(name => name != "README.md").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_and_mutation_of_a_sample_reads_without_throwing(string name)
    {
        var text = File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Transcripts/Readers/Samples", name));
        var random = new Random(17);
        var step = Math.Max(1, text.Length / 400);
        for (var cut = 0; cut <= text.Length; cut += step)
        {
            ReadDirectly(text[..cut], name);
            var chars = text.ToCharArray();
            for (var flips = 0; flips < 3 && chars.Length > 0; flips++)
            {
                chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
            }

            ReadDirectly(new string(chars), name);
        }
    }

    private static void ReadDirectly(string text, string name)
    {
        // The readers themselves, not TranscriptReaders.Read, whose catch would hide a crash.
        _ = Path.GetExtension(name) switch
        {
            ".vtt" => WebVttReader.Read(text, name, "x", null),
            ".srt" => SrtReader.Read(text, name, "x", null),
            _ => PodcastJsonReader.Read(text, name, "x", null),
        };
    }
}
