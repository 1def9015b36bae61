using Site.Transcripts;
using Site.Transcripts.Exports;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.RoundTrip;

/// <summary>
/// Issue 17: every timed transcript is exported as WebVTT, SRT, Podcasting 2.0 JSON and stamped text, and reading an
/// export back gives the same speakers, turns, text and starts. What an export cannot carry is left out of the
/// comparison, each for a reason given at <see cref="RoundTripModel"/>.
/// </summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string> Sources => [.. RoundTripSources.Files];

    [Theory]
    [MemberData(nameof(Sources))]
    public void WebVtt_export_reads_back_the_same(string file) => AssertRoundTrip(file, "vtt");

    [Theory]
    [MemberData(nameof(Sources))]
    public void Srt_export_reads_back_the_same(string file) => AssertRoundTrip(file, "srt");

    [Theory]
    [MemberData(nameof(Sources))]
    public void Podcast_json_export_reads_back_the_same(string file) => AssertRoundTrip(file, "json");

    [Theory]
    [MemberData(nameof(Sources))]
    public void Plain_text_export_reads_back_the_same(string file) => AssertRoundTrip(file, "txt");

    private static void AssertRoundTrip(string file, string format)
    {
        var original = RoundTripSources.Read(file);
        var export = TranscriptExport.All.Single(e => e.Key == format);
        var written = export.Write(original);
        var result = TranscriptReaders.Read(written, "export." + format, "export", null);
        Assert.True(result.Transcript is not null, $"the {format} export of {file} did not read back:\n{string.Join('\n', result.Diagnostics)}\n{written}");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var expected = RoundTripModel.Of(original, format);
        var actual = RoundTripModel.Of(result.Transcript!, format);
        Assert.Equal(expected.Speakers, actual.Speakers);
        RoundTripModel.AssertSameTurns(expected.Turns, actual.Turns, written);
    }
}
