using Site.Diagnostics;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

public sealed class PodcastJsonReaderTests
{
    [Fact]
    public void Sentence_segments_of_one_speaker_are_one_turn_and_bodies_stay_text()
    {
        var transcript = Model(Read("""
            {"version": "1.0.0", "segments": [
              {"speaker": "Ann", "startTime": 0, "endTime": 2.5, "body": "Welcome <b>all</b>."},
              {"speaker": "Ann", "startTime": 2.5, "endTime": 4, "body": "Let us start."},
              {"speaker": "Bob", "startTime": 4.2, "endTime": 6, "body": "Thanks &amp; hello."}
            ]}
            """, "p.json"));

        Assert.Equal([("ann", 0.0), ("bob", 4.2)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Welcome <b>all</b>. Let us start.", TurnText(transcript.AllTurns.First()));
        Assert.Equal("Thanks &amp; hello.", TurnText(transcript.AllTurns.Last()));
    }

    [Fact]
    public void Invalid_json_is_SITE309_at_the_reader_position()
    {
        var result = Read("{\n  \"segments\": [\n    {\"startTime\": 1,, }\n  ]\n}", "bad.json");

        var error = Single(result, DiagnosticCodes.FormatMismatch);
        Assert.Equal((3, 21), (error.Line, error.Column));
        Assert.Null(result.Transcript);
    }

    [Fact]
    public void Json_without_segments_is_SITE309()
    {
        var result = Read("{\"version\": \"1.2.0\", \"chapters\": []}", "chapters-by-mistake.json");

        Assert.True(Single(result, DiagnosticCodes.FormatMismatch).IsError);
        Assert.Null(result.Transcript);
    }

    [Fact]
    public void Whisper_json_segments_are_one_clear_SITE309_not_a_warning_per_segment()
    {
        var result = ReadSample("whisper-cli-segments.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FormatMismatch, 1, 105), (error.Code, error.Line, error.Column));
        Assert.True(error.IsError);
        Assert.Contains("its segments have \"id\", \"seek\", \"start\", \"end\", \"text\"", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Transcript);
    }

    [Fact]
    public void Aws_transcribe_json_is_SITE309_naming_the_keys_it_has()
    {
        var result = ReadSample("aws-transcribe.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FormatMismatch, error.Code);
        Assert.Contains("its keys are \"jobName\", \"accountId\", \"results\" and \"status\"", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Transcript);
    }

    [Fact]
    public void A_segment_without_start_is_SITE311_at_its_line_and_skipped()
    {
        var result = Read("{\"segments\": [\n{\"speaker\": \"Ann\", \"startTime\": 1, \"body\": \"One\"},\n{\"speaker\": \"Ann\", \"body\": \"Lost\"},\n{\"speaker\": \"Ann\", \"startTime\": 3, \"body\": \"Three\"}\n]}", "s.json");

        var warning = Single(result, DiagnosticCodes.InvalidCue);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
        Assert.Equal("One Three", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Overlap_in_a_minified_file_points_at_the_segments_column_counted_in_characters()
    {
        const string text = "{\"segments\":[{\"speaker\":\"Zoé\",\"startTime\":0,\"endTime\":3,\"body\":\"Ça va ?\"},{\"speaker\":\"Ann\",\"startTime\":2,\"endTime\":4,\"body\":\"Oui.\"}]}";
        var result = Read(text, "min.json");

        var warning = Single(result, DiagnosticCodes.TimesOutOfOrder);
        Assert.Equal((1, text.IndexOf("{\"speaker\":\"Ann\"", StringComparison.Ordinal) + 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void A_segment_without_speaker_where_every_other_names_one_is_unknown_and_reported()
    {
        var result = Read("""
            {"segments": [
              {"speaker": "Ann", "startTime": 0, "endTime": 1, "body": "Are"},
              {"speaker": "Ann", "startTime": 1, "endTime": 2, "body": "you in?"},
              {"startTime": 2, "endTime": 3, "body": "Yes."},
              {"speaker": "Bob", "startTime": 3, "endTime": 4, "body": "Good."},
              {"speaker": "Bob", "startTime": 4, "endTime": 5, "body": "Go."}]}
            """, "gap.json");
        var transcript = Model(result);

        Assert.Equal([("ann", 0.0), ("unknown", 2.0), ("bob", 3.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        var warning = Single(result, DiagnosticCodes.UnknownSpeaker);
        Assert.Equal((4, 3), (warning.Line, warning.Column));
    }

    [Fact]
    public void Segments_that_never_name_a_speaker_are_one_unnamed_speaker()
    {
        var result = Read("""{"version":"1.0.0","segments":[{"startTime":0.8,"endTime":1.2,"body":"And"},{"startTime":1.2,"endTime":1.4,"body":"the"},{"startTime":1.4,"endTime":1.9,"body":"rest."}]}""", "words.json");

        AssertNoWarnings(result);
        Assert.Equal("And the rest.", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Times_that_are_no_time_in_a_recording_are_reported_and_never_reach_the_page()
    {
        var result = Read("""
            {"version": "1.0.0", "segments": [
              {"speaker": "Ann", "startTime": 0.5, "endTime": 1.0, "body": "Hello."},
              {"speaker": "Bo", "startTime": 1.2, "endTime": 1e400, "body": "Hi."},
              {"speaker": "Cy", "startTime": -3, "endTime": 2, "body": "Before the start."},
              {"speaker": "Ann", "startTime": "2.5", "endTime": "3", "body": "Bye."}
            ]}
            """, "times.json");
        Assert.Equal([(DiagnosticCodes.InvalidCue, 3), (DiagnosticCodes.InvalidCue, 4)], result.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Contains("'endTime' Infinity", result.Diagnostics[0].Message);
        Assert.Contains("'startTime' -3", result.Diagnostics[1].Message);
        var transcript = Model(result);
        Assert.Equal([("ann", 0.5), ("bo", 1.2), ("ann", 2.5)], Turns(transcript).Select(t => (t.Speaker, t.Start!.Value)));
        Assert.DoesNotContain("Before the start.", AllText(transcript));
        Assert.Equal(1.2, transcript.AllTurns.ElementAt(1).End);
    }
}

