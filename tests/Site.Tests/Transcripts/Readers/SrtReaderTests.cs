using Site.Diagnostics;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

public sealed class SrtReaderTests
{
    [Fact]
    public void Formatting_tags_are_dropped_and_other_markup_kept_as_text()
    {
        var transcript = Model(Read("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Ann:</i> <font color=\"#ff0\">Look</font> <b>here</b>\n\n2\n00:00:02,000 --> 00:00:03,000\n<script>alert(1)</script> &amp; more\n\n3\n00:00:03,000 --> 00:00:04,000\nAnn: Again.\n", "f.srt"));

        Assert.Equal("Look here <script>alert(1)</script> &amp; more Again.", TurnText(Assert.Single(transcript.AllTurns)));
        Assert.Equal("Ann", Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void A_dash_line_in_a_file_that_names_its_speakers_stays_the_named_speakers_own_paragraph()
    {
        var result = Read("1\n00:00:01,000 --> 00:00:02,000\nAnn: We need two things.\n\n2\n00:00:02,000 --> 00:00:03,000\n- a plan,\n\n3\n00:00:03,000 --> 00:00:04,000\n- and time.\n\n4\n00:00:04,000 --> 00:00:05,000\nBo: Agreed.\n\n5\n00:00:05,000 --> 00:00:06,000\nAnn: Good.\n", "d.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal([("ann", 1.0), ("bo", 4.0), ("ann", 5.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal(["We need two things.", "- a plan,", "- and time."], transcript.AllTurns.First().Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void Bom_crlf_dots_missing_hours_coordinates_missing_index_and_last_blank_line_are_tolerated()
    {
        var text = "\uFEFF1\r\n00:00:01.000 --> 00:00:02.000  X1:100 X2:200 Y1:10 Y2:20\r\nOne\r\n\r\n00:02,500 --> 00:03,000\r\ntwo\r\n3\r\n00:00:03,000   -->   00:00:04,250\r\nthree";
        var result = Read(text, "t.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal("One two three", TurnText(turn));
        Assert.Equal((1.0, 4.25), (turn.Start!.Value, turn.End!.Value));
    }

    [Fact]
    public void A_name_on_a_line_of_its_own_starts_that_speakers_cue()
    {
        var transcript = Model(Read("1\n00:00:01,000 --> 00:00:02,000\nDOPINDER:\nSmells good, no?\n\n2\n00:00:02,000 --> 00:00:03,000\nRON:\nIt does.\n\n3\n00:00:03,000 --> 00:00:04,000\nDOPINDER:\nThank you.\n", "n.srt"));

        Assert.Equal(["dopinder", "ron", "dopinder"], Turns(transcript).Select(turn => turn.Speaker));
        Assert.Equal("Smells good, no?", TurnText(transcript.AllTurns.First()));
    }

    [Fact]
    public void A_malformed_timing_line_is_SITE311_and_the_rest_is_read()
    {
        var result = Read("1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:02,000 --> 00:00:xx\nLost\n\n3\n00:00:03,000 --> 00:00:04,000\nThree\n", "m.srt");

        Assert.Equal(6, Single(result, DiagnosticCodes.InvalidCue).Line);
        Assert.Equal("One Three", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void A_srt_without_any_timing_line_is_SITE309()
    {
        var result = Read("Just some notes\nwithout times\n", "notes.srt");

        Assert.Null(result.Transcript);
        Assert.True(Single(result, DiagnosticCodes.FormatMismatch).IsError);
    }
}
