using Site.Diagnostics;
using Site.Transcripts.Exports;
using Site.Transcripts.Readers;
using Readers = Site.Transcripts.Readers.TranscriptReaders;

namespace Site.Tests.Fuzz;

/// <summary>What the fuzz tests found in the timed readers, each as the smallest input that showed it.</summary>
public sealed class FuzzFindingsTests
{
    [Fact]
    public void Srt_timing_with_a_full_width_digit_is_a_malformed_cue_not_a_crash()
    {
        var result = Readers.Read("1\n00:00:0１,000 --> 00:00:02,000\nAnn: lost?\n\n2\n00:00:02,000 --> 00:00:03,000\nAnn: kept\n", "a.srt", "a", null);

        Assert.Equal("kept", Assert.Single(result.Transcript!.AllTurns).Paragraphs[0].Text);
        Assert.Equal(2, Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidCue).Line);
    }

    [Fact]
    public void Json_lone_surrogate_escapes_read_as_replacement_characters()
    {
        const string json = """{"segments": [{"speaker": "Ann", "startTime": 1, "body": "a\ud800b \udc00 \ud83d\ude00 \\ud800"}]}""";

        var result = Readers.Read(json, "a.json", "a", null);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("a\uFFFDb \uFFFD \U0001F600 \\ud800", Assert.Single(result.Transcript!.AllTurns).Paragraphs[0].Text);
    }

    [Fact]
    public void Chapters_json_lone_surrogate_escapes_read_as_replacement_characters()
    {
        var diagnostics = new List<Diagnostic>();

        var chapters = ChaptersJsonReader.Read("""{"chapters": [{"startTime": 0, "title": "Intro \udfff"}]}""", "a.chapters.json", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal("Intro \uFFFD", Assert.Single(chapters).Title);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("1e300")]
    [InlineData("1e400")]
    public void Json_times_no_clock_can_show_skip_the_segment_with_a_warning(string time)
    {
        var json = $$"""{"segments": [{"speaker": "Ann", "startTime": {{time}}, "body": "when?"}, {"speaker": "Bo", "startTime": 2, "endTime": {{time}}, "body": "now"}]}""";

        var result = Readers.Read(json, "a.json", "a", null);

        // Each bad time is said once, naming its key: the start skips Ann's segment, the end is dropped from Bo's.
        Assert.Equal([("'startTime'", 1), ("'endTime'", 1)], result.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidCue).Select(d => (d.Message[..(d.Message.IndexOf('\'', 1) + 1)], d.Line)));
        var turn = Assert.Single(result.Transcript!.AllTurns);
        Assert.Equal((2.0, 2.0), (turn.Start, turn.End));
        // Every export writes it (the JSON writer threw on an infinite time).
        Assert.All(TranscriptExport.For(result.Transcript), export => Assert.Contains("now", export.Write(result.Transcript), StringComparison.Ordinal));
    }

    [Fact]
    public void An_srt_arrow_in_cue_text_is_text()
    {
        var result = Readers.Read("1\n00:00:01,000 --> 00:00:02,000\nAnn: a --> b\nand -> c\n", "a.srt", "a", null);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("a --> b and -> c", Assert.Single(result.Transcript!.AllTurns).Paragraphs[0].Text);
    }
}
