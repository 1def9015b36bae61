using Site.Diagnostics;
using Site.Transcripts.Readers;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

/// <summary>The W3C WebVTT parsing rules as a transcript sees them.</summary>
public sealed class WebVttReaderTests
{
    [Fact]
    public void Title_ids_settings_and_note_style_region_blocks_never_reach_the_text()
    {
        var result = Read(
            "WEBVTT Panel on captions\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\nwidth:40%\n\nNOTE a comment\nspanning lines\n\n" +
            "intro\n00:00:01.000 --> 00:00:04.000 align:start line:0 position:10%\n<v Ann>Hello\nthere.\n\nNOTE between cues\n\n" +
            "00:04.000 --> 00:06.500\n<v.loud Bob>Hi &amp; welcome &lt;all&gt;.\n", "panel.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal("Panel on captions", transcript.Title);
        Assert.Equal([("ann", 1.0), ("bob", 4.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Hello there.", TurnText(transcript.AllTurns.First()));
        Assert.Equal("Hi & welcome <all>.", TurnText(transcript.AllTurns.Last()));
        Assert.Equal(6.5, transcript.AllTurns.Last().End);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Character_references_are_decoded_once_and_stay_text()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\nA&nbsp;B &lrm;C &#39;q&#x27; &amp;lt;b&amp;gt; &copy; &bogus; & x\n", "e.vtt"));

        Assert.Equal("A\u00A0B \u200EC 'q' &lt;b&gt; © &bogus; & x", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Out_of_range_references_become_the_replacement_character()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\na&#xFFFFFFFF;b&#0;c&#xD800;d&#99999999;e\n", "r.vtt"));

        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Unknown_tags_are_dropped_with_their_text_kept_and_escaped_markup_stays_literal()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<script>alert(1)</script> and &lt;script&gt;alert(2)&lt;/script&gt; <i>said</i> <b>it</b> <u>so</u> <c.yellow>here</c> <lang en>now</lang>\n", "x.vtt"));

        Assert.Equal("alert(1) and <script>alert(2)</script> said it so here now", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Ruby_text_is_kept_in_brackets_after_its_base()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<ruby>漢字<rt>かんじ</rt></ruby>を読む\n", "r.vtt"));

        Assert.Equal("漢字(かんじ)を読む", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Two_voices_in_one_cue_are_two_turns_and_a_cue_without_voice_continues_the_last()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann>Are you in?</v> <v Bob>Yes.</v>\n\n00:03.000 --> 00:04.000\nFully.\n", "v.vtt"));

        Assert.Equal([("ann", 1.0), ("bob", 1.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Yes. Fully.", TurnText(transcript.AllTurns.Last()));
    }

    [Fact]
    public void Cjk_lines_and_cues_join_without_spaces()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v 主持人>今天我们\n聊一聊\n\n00:02.000 --> 00:03.000\n字幕的格式。\n", "zh.vtt"));

        Assert.Equal("今天我们聊一聊字幕的格式。", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Cjk_punctuation_at_a_cue_boundary_joins_without_a_space()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v 主持人>字幕的格式。\n\n00:02.000 --> 00:03.000\n<v 主持人>「对」，\n\n00:03.000 --> 00:04.000\n<v 主持人>没错！\n", "zh.vtt"));

        Assert.Equal("字幕的格式。「对」，没错！", TurnText(Assert.Single(transcript.AllTurns)));
    }

    [Fact]
    public void Inline_timestamps_become_word_times()
    {
        var transcript = Model(Read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>one <00:00:01.500>two <00:00:02.250>three\n", "w.vtt"));
        var paragraph = Assert.Single(Assert.Single(transcript.AllTurns).Paragraphs);

        Assert.Equal("one two three", paragraph.Text);
        Assert.Equal([("one", 1.0), ("two", 1.5), ("three", 2.25)], paragraph.Words.Select(word => (paragraph.Text.Substring(word.Offset, word.Length), word.Start)));
    }

    [Fact]
    public void A_vtt_without_the_signature_is_SITE309_at_line_1()
    {
        var result = Read("1\n00:00:01,000 --> 00:00:02,000\nHello\n", "not.vtt");

        Assert.Null(result.Transcript);
        Assert.Equal((1, 1), (Single(result, DiagnosticCodes.FormatMismatch).Line, Single(result, DiagnosticCodes.FormatMismatch).Column));
        Assert.True(Single(result, DiagnosticCodes.FormatMismatch).IsError);
    }

    [Fact]
    public void A_malformed_timing_line_is_SITE311_at_its_line_and_the_rest_is_read()
    {
        var result = Read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>One.\n\n00:00:02.000 --> later\n<v Ann>Lost.\n\n00:00:03.000 --> 00:00:04.000\n<v Ann>Three.\n", "m.vtt");

        var error = Single(result, DiagnosticCodes.InvalidCue);
        Assert.Equal(6, error.Line);
        Assert.Equal("One. Three.", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Times_written_without_the_zeros_or_with_a_comma_are_read_with_one_SITE311_for_the_file()
    {
        var result = Read("WEBVTT\n\n0.860 --> 7.380\n<v Ann>One.\n\n1:02.5 --> 1:05.000\n<v Bo>Two.\n\n0:1:10.0 --> 0:1:12.0\n<v Ann>Three.\n\n01:20.000 --> 01:21.000\n<v Ann>Four.\n\n00:01:30,000 --> 00:01:31,000 align:start\n<v Bo>Five.\n", "l.vtt");

        var warning = Single(result, DiagnosticCodes.InvalidCue);
        Assert.Equal(3, warning.Line);
        Assert.StartsWith("the times of 4 cues (the first here) are not WebVTT timestamps ('0.860 --> 7.380'", warning.Message, StringComparison.Ordinal);
        var transcript = Model(result);
        Assert.Equal([("ann", 0.86), ("bo", 62.5), ("ann", 70.0), ("bo", 90.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Three. Four.", TurnText(transcript.AllTurns.ElementAt(2)));
        Assert.Equal(72.0, transcript.AllTurns.ElementAt(2).Paragraphs[0].Words[0].End);
    }

    [Theory]
    [InlineData("1:2:3:4.000 --> 1:2:3:5.000")]
    [InlineData("0:61.000 --> 0:62.000")]
    [InlineData("0.8605 --> 7.380")]
    [InlineData("1.5s --> 7.380")]
    [InlineData("12345678901.000 --> 12345678902.000")]
    public void Times_that_are_not_clock_times_are_still_skipped(string timing)
    {
        var result = Read($"WEBVTT\n\n{timing}\nLost.\n\n00:00:09.000 --> 00:00:10.000\nKept.\n", "s.vtt");

        Assert.Contains("malformed cue timing line", Single(result, DiagnosticCodes.InvalidCue).Message, StringComparison.Ordinal);
        Assert.Equal("Kept.", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Times_going_backwards_or_overlapping_are_SITE310_at_the_cue_line()
    {
        var result = Read("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n00:00:02.000 --> 00:00:03.000\nB\n\n00:00:02.500 --> 00:00:04.000\nC\n", "t.vtt");

        Assert.Equal([6, 9], result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TimesOutOfOrder).Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void Times_in_messages_are_the_milliseconds_the_file_wrote()
    {
        var result = Read("WEBVTT\n\n00:00:00.000 --> 00:00:00.570\n<v Yuri>There you go.\n\n00:00:00.210 --> 00:00:01.130\n<v Adrian>Why hello there.\n", "r.vtt");

        Assert.EndsWith("before the previous cue ends (00:00:00.570); the two overlap", Single(result, DiagnosticCodes.TimesOutOfOrder).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_past_what_a_TimeSpan_holds_are_reported_not_a_crash()
    {
        var result = Read("WEBVTT\n\n9999999999:00:00.000 --> 9999999999:00:01.000\n<v Ann>Late.\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Early.\n", "h.vtt");

        Assert.Contains("(9999999999:00:00.000); times go backwards", Single(result, DiagnosticCodes.TimesOutOfOrder).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_right_after_the_header_lines_is_read_and_a_longer_signature_word_is_not_webvtt()
    {
        var transcript = Model(Read("\uFEFFWEBVTT\nKind: captions\n00:01.000 --> 00:02.000\nHi\n", "h.vtt"));

        Assert.Equal("Hi", TurnText(Assert.Single(transcript.AllTurns)));
        Assert.Null(Read("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n", "x.vtt").Transcript);
    }

    [Fact]
    public void A_timing_line_inside_cue_text_ends_the_cue_there()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>First\n00:02.000 --> 00:03.000\n<v Bob>Second\n", "a.vtt"));

        Assert.Equal([("ann", 1.0), ("bob", 2.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
    }

    [Fact]
    public void Text_outside_any_cue_is_reported_not_dropped_silently()
    {
        var result = Read("WEBVTT\n\nstray words here\n\n00:01.000 --> 00:02.000\nHi\n", "s.vtt");

        Assert.Equal(3, Single(result, DiagnosticCodes.InvalidCue).Line);
    }

    [Fact]
    public void A_one_off_label_is_text_not_a_speaker()
    {
        var transcript = Model(Read("WEBVTT\n\n00:01.000 --> 00:02.000\nNote: this matters.\n\n00:02.000 --> 00:03.000\nAnd so on.\n", "n.vtt"));

        Assert.Equal("Note: this matters. And so on.", TurnText(Assert.Single(transcript.AllTurns)));
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void An_hour_of_one_voice_is_cut_into_paragraphs_at_cues_that_end_a_sentence_or_else_far_on()
    {
        // Whisper's captions name nobody; auto-captions are not punctuated at all.
        var punctuated = new System.Text.StringBuilder("WEBVTT\n\n");
        var bare = new System.Text.StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < 120; i++)
        {
            var cue = $"00:{i / 20:00}:{i % 20 * 3:00}.000 --> 00:{i / 20:00}:{(i % 20 * 3) + 2:00}.500\n";
            punctuated.Append(cue).Append(i % 3 == 2 ? "and this is where the sentence ends.\n\n" : "words of a sentence that goes on\n\n");
            bare.Append(cue).Append("words that never end a sentence\n\n");
        }

        var sentences = Assert.Single(Model(Read(punctuated.ToString(), "whisper.vtt")).AllTurns).Paragraphs;
        Assert.True(sentences.Count >= 4, $"{sentences.Count} paragraphs");
        Assert.All(sentences, p => Assert.EndsWith("sentence ends.", p.Text, StringComparison.Ordinal));
        Assert.All(sentences.SkipLast(1), p => Assert.InRange(p.Text.Length, 1000, 1200));
        Assert.Equal(0.0, sentences[0].Words[0].Start);
        Assert.Equal(120, sentences.Sum(p => p.Words.Count)); // every cue keeps its time, in the paragraph it went to

        var runOn = Assert.Single(Model(Read(bare.ToString(), "auto.vtt")).AllTurns).Paragraphs;
        Assert.Equal(2, runOn.Count);
        Assert.InRange(runOn[0].Text.Length, 2000, 2040);
    }
}
