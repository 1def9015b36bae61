using System.Text;
using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Fuzz;

/// <summary>
/// Property-based tests over mutated transcripts (<see cref="TranscriptMutations"/>), for every reader in
/// <see cref="TranscriptReaders"/>: any input gives a model or an error, never an exception or a hang; and a parsed
/// transcript printed back in the text format parses to the same speakers and turns.
/// </summary>
public sealed class TranscriptFuzzTests
{
    private const ulong Seed = 20261204;

    public static TheoryData<string> Readers => [.. TranscriptReaders.All.Select(reader => reader.Name)];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Any_text_gives_a_transcript_or_an_error(string name)
    {
        var reader = TranscriptReaders.All.Single(r => r.Name == name);
        FuzzRun.Cases(reader.Inputs, reader.Cases, Seed, text =>
        {
            var result = reader.Parse(text);
            Assert.True(result.Transcript is not null || result.Diagnostics.Any(d => d.IsError), "no transcript and no error");
            // The readers' last resort: an exception caught and reported instead of a model.
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NoTurns && (d.Message.Contains("could not be parsed", StringComparison.Ordinal) || d.Message.Contains("could not be read", StringComparison.Ordinal)));
        }, FuzzRun.Show);
    }

    [Fact]
    public void A_printed_transcript_parses_to_the_same_turns()
    {
        var compared = 0;
        FuzzRun.Cases(TranscriptMutations.Cases, 500, Seed + 1, input =>
        {
            var text = TranscriptMutations.Apply(input);
            // Files are decoded text: a lone surrogate never reaches the parser from a file, nor can YAML hold one.
            if (!IsWellFormed(text) || TranscriptParser.Parse(text, "a.txt", "a").Transcript is not { } first || HasHeadingLikeParagraph(first))
            {
                return;
            }

            var printed = TranscriptPrinter.Print(first);
            var again = TranscriptParser.Parse(printed, "b.txt", "b");
            Assert.True(again.Transcript is not null, "the printed transcript did not parse:\n" + string.Join('\n', again.Diagnostics) + "\n" + FuzzRun.Show(printed));
            Assert.Equal(Speakers(first), Speakers(again.Transcript));
            AssertSame(Turns(first), Turns(again.Transcript));
            Interlocked.Increment(ref compared);
        }, input => FuzzRun.Show(TranscriptMutations.Apply(input)));

        // Most cases must get as far as the comparison, or the property says little.
        Assert.InRange(compared, 250, 500);
    }

    [Fact]
    public void A_known_speakers_turn_is_shown_or_reported()
    {
        var checkedLines = 0;
        FuzzRun.Cases(TranscriptMutations.Cases, 500, Seed + 2, input =>
        {
            var text = TranscriptMutations.Apply(input);
            if (TranscriptParser.Parse(text, "a.txt", "a") is not { Transcript: { } transcript } result)
            {
                return;
            }

            var speakers = SpeakerDirectory.Build([.. transcript.Speakers.Select(s => new SpeakerEntry(s.Name, s.Aliases, s.Role, s.Bio, s.Slug, s.Line, 1))], "a.txt", []);
            // A turn line between two numbered entries of a highlights block continues the entry: shown, there.
            var shown = transcript.AllTurns.SelectMany(turn => turn.Paragraphs).Concat(transcript.Highlights).SelectMany(p => p.Text.Split('\n'))
                .Concat((transcript.Credit ?? string.Empty).Split('\n'))
                .ToHashSet(StringComparer.Ordinal);
            var reported = result.Diagnostics.Select(d => d.Line).ToHashSet();
            var (_, body, bodyLine) = TranscriptFrontMatter.Read(SourceLines.Normalize(text, new RemovedControlCharacters()), "a.txt", []);
            foreach (var line in SourceLines.Split(body, bodyLine))
            {
                // Entries of guest and highlights blocks and headings are not turns, whatever their colons.
                if (TurnPrefix.Split(line.Text) is not { Rest.Length: > 0 } split || speakers.Resolve(split.Prefix).Speaker is null ||
                    NumberedEntries.Match(line.Text) is not null || HeadingRule.Match(line.Text) is not null)
                {
                    continue;
                }

                Interlocked.Increment(ref checkedLines);
                // Likewise a line between two guest entries continues the first one's bio (reported to the grammar's owner).
                var inBio = transcript.Speakers.Any(speaker => speaker.Bio.Contains(line.Text, StringComparison.Ordinal));
                Assert.True(shown.Contains(split.Rest) || shown.Contains(line.Text) || inBio || reported.Contains(line.Number), $"line {line.Number} is neither shown nor reported: {FuzzRun.Show(line.Text)}");
            }
        }, input => FuzzRun.Show(TranscriptMutations.Apply(input)));

        Assert.True(checkedLines > 1000, $"only {checkedLines} turn lines were checked");
    }

    private static void AssertSame(List<string> expected, List<string> actual)
    {
        var at = Enumerable.Range(0, Math.Max(expected.Count, actual.Count)).FirstOrDefault(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i], -1);
        if (at < 0)
        {
            return;
        }

        Assert.Fail($"turn {at} differs:\n  first parse:  {(at < expected.Count ? FuzzRun.Show(expected[at]) : "(none)")}\n  second parse: {(at < actual.Count ? FuzzRun.Show(actual[at]) : "(none)")}");
    }

    // "1. Item" inside a turn is text or a numbered section heading depending on the headings around it, and the
    // printer writes its own headings: such a transcript cannot be printed so that it reads back the same.
    private static bool HasHeadingLikeParagraph(Transcript transcript) =>
        transcript.AllTurns.SelectMany(turn => turn.Paragraphs.Skip(1)).Any(paragraph => HeadingRule.Match(paragraph.Text) is not null);

    private static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;

    private static List<string> Speakers(Transcript transcript) => [.. transcript.Speakers.Select(s => $"{s.Slug}={s.Name}")];

    private static List<string> Turns(Transcript transcript) =>
        [.. transcript.AllTurns.Select(turn => turn.SpeakerSlug + ": " + string.Join(" | ", turn.Paragraphs.Select(p => p.Text)))];
}
