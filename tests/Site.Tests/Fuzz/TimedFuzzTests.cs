using Site.Diagnostics;
using Site.Tests.Support;
using Site.Tests.Transcripts.RoundTrip;
using Site.Transcripts;
using Site.Transcripts.Exports;
using Readers = Site.Transcripts.Readers.TranscriptReaders;

namespace Site.Tests.Fuzz;

/// <summary>
/// Mutated timed transcripts (<see cref="TimedMutations"/>): whatever a reader makes of one, every export writes it
/// and the export of its own format, and the plain text export, read back to the same speakers, turns, text and
/// starts (compared as <see cref="RoundTripModel"/> says); a mutated sidecar read with a WebVTT file gives a
/// transcript or an error.
/// </summary>
public sealed class TimedFuzzTests
{
    private const ulong Seed = 20261207;

    public static TheoryData<string> Formats => ["vtt", "srt", "json"];

    private static readonly string[] Sidecars =
    [
        File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Golden/200-timed-transcripts/input/transcripts/panel.yml")),
        "title: T\nspeakers:\n  - name: Travis\n    aliases: [T, Sarah]\n  - name: Sarah\n    slug: travis\nchapters:\n  - {start: 0:01:00, title: One}\n  - start: 90\n    title: Two\n  - start: x\n",
    ];

    private static readonly string[] SidecarVtts =
    [
        File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Golden/200-timed-transcripts/input/transcripts/panel.vtt")),
        File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Transcripts/Readers/Samples/buzzsprout-example.vtt")),
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_export_reads_back_to_the_same_turns(string format)
    {
        var reader = TranscriptReaders.All.Single(r => r.Name == format);
        var export = TranscriptExport.All.Single(e => e.Key == format);
        var compared = 0;
        FuzzRun.Cases(reader.Inputs, 400, Seed, text =>
        {
            if (reader.Parse(text).Transcript is not { } first)
            {
                return;
            }

            // Every export takes whatever a reader made.
            var written = TranscriptExport.All.Select(e => e.Write(first)).ToList()[TranscriptExport.All.ToList().IndexOf(export)];
            var again = reader.Parse(written);
            Assert.True(again.Transcript is not null, $"the {format} export did not read back:\n{string.Join('\n', again.Diagnostics)}\n{FuzzRun.Show(written)}");
            Assert.DoesNotContain(again.Diagnostics, d => d.IsError);
            var expected = RoundTripModel.Of(first, format);
            var actual = RoundTripModel.Of(again.Transcript, format);
            Assert.Equal(expected.Speakers, actual.Speakers);
            RoundTripModel.AssertSameTurns(expected.Turns, actual.Turns, written);
            Interlocked.Increment(ref compared);
        }, FuzzRun.Show);

        // Enough mutated files still read, or the property says little (a third of the JSON ones, half of the others).
        Assert.InRange(compared, format == "json" ? 120 : 200, 400);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_plain_text_export_reads_back_to_the_same_turns(string format)
    {
        var reader = TranscriptReaders.All.Single(r => r.Name == format);
        var compared = 0;
        FuzzRun.Cases(reader.Inputs, 300, Seed + 2, text =>
        {
            // The text format knows a speaker by a "Name:" that looks like a name: a voice such as "<v Ann" (from
            // "<v <v Ann>") cannot be carried by it (its turn would join the one before), so such files are left out.
            if (reader.Parse(text).Transcript is not { } first || first.Speakers.Any(speaker => !TextRules.IsNameLike(speaker.Name)))
            {
                return;
            }

            var written = PlainTextWriter.Write(first);
            var again = Readers.Read(written, "export.txt", "export", null);
            Assert.True(again.Transcript is not null, $"the text export did not read back:\n{string.Join('\n', again.Diagnostics)}\n{FuzzRun.Show(written)}");
            var expected = RoundTripModel.Of(first, "txt");
            var actual = RoundTripModel.Of(again.Transcript, "txt");
            Assert.Equal(expected.Speakers, actual.Speakers);
            RoundTripModel.AssertSameTurns(expected.Turns, actual.Turns, written);
            Interlocked.Increment(ref compared);
        }, FuzzRun.Show);

        Assert.InRange(compared, format == "json" ? 60 : 150, 300);
    }

    [Fact]
    public void Any_sidecar_with_a_vtt_gives_a_transcript_or_an_error()
    {
        FuzzRun.Cases(TranscriptMutations.Cases, 400, Seed + 1, input =>
        {
            var diagnostics = new List<Diagnostic>();
            var header = TranscriptFrontMatter.ReadSidecar(TranscriptMutations.Apply(Sidecars, input), "fuzz.yml", diagnostics);
            var result = Readers.Read(SidecarVtts[input.Seed % SidecarVtts.Length], "fuzz.vtt", "fuzz", header);
            Assert.True(result.Transcript is not null || result.Diagnostics.Any(d => d.IsError), "no transcript and no error");
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("could not be read", StringComparison.Ordinal));
            if (result.Transcript is { } transcript)
            {
                Assert.All(TranscriptExport.All, e => e.Write(transcript));
            }
        }, input => FuzzRun.Show(TranscriptMutations.Apply(Sidecars, input)));
    }
}
