using Site.Diagnostics;
using Site.Transcripts.Readers;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

/// <summary><c>&gt;&gt;</c> speaker-change markers of broadcast and CART captions, in every timed format.</summary>
public sealed class SpeakerMarkerTests
{
    [Fact]
    public void A_named_marker_starts_that_speakers_turn_and_cues_without_one_continue_it()
    {
        // The captioner opens the line after a name alone with ">>" again: still the named speaker.
        var result = Read(
            "WEBVTT\n\n00:01:23.820 --> 00:01:25.820\n>> Mayor Gorton: welcome\n\n00:01:26.000 --> 00:01:28.000\neveryone, it's 6:00 I will call\nto order\n\n" +
            "00:01:33.000 --> 00:01:35.000\n>> COUNCILMEMBER HIGGINS-HORD:\n>> yes, ma'am.\n\n00:01:40.000 --> 00:01:42.000\n>> Mayor Gorton: thank you.\n", "council.vtt");
        var transcript = Model(result);

        Assert.Equal(
            [("mayor-gorton", 83.82), ("councilmember-higgins-hord", 93.0), ("mayor-gorton", 100.0)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("welcome everyone, it's 6:00 I will call to order", TurnText(transcript.AllTurns.First()));
        Assert.Equal("yes, ma'am.", TurnText(transcript.AllTurns.ElementAt(1)));
        Assert.DoesNotContain(">>", AllText(transcript), StringComparison.Ordinal);
        AssertNoWarnings(result);
    }

    [Fact]
    public void Bare_markers_start_turns_of_an_unknown_speaker_never_the_previous_one()
    {
        var result = Read(
            "1\n00:00:00,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:02,000 --> 00:00:04,000\n>> Hi. How are you?\n\n" +
            "3\n00:00:04,000 --> 00:00:06,000\n>> Fine, thanks.\n>> Good.\n\n4\n00:00:06,000 --> 00:00:08,000\nGlad to hear it.\n", "bare.srt");
        var transcript = Model(result);

        Assert.Equal(
            [("unknown", 0.0), ("unknown", 2.0), ("unknown", 4.0), ("unknown", 4.0)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal(["Hello there.", "Hi. How are you?", "Fine, thanks.", "Good. Glad to hear it."], transcript.AllTurns.Select(TurnText));
        var warning = Single(result, DiagnosticCodes.UnknownSpeaker);
        Assert.Equal(2, warning.Line);
        Assert.StartsWith("4 turns have no named speaker", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_markers_of_youtube_captions_are_markers_and_their_word_times_move_along()
    {
        var transcript = Model(Read(
            "WEBVTT\nKind: captions\nLanguage: en\n\n00:00:00.840 --> 00:00:01.470 align:start position:0%\nHow do I sound?\n" +
            "&gt;&gt; You<00:00:00.880><c> sound</c><00:00:01.080><c> perfect.</c>\n", "yt.vtt"));

        Assert.Equal(["How do I sound?", "You sound perfect."], transcript.AllTurns.Select(TurnText));
        var paragraph = transcript.AllTurns.Last().Paragraphs[0];
        Assert.Equal(["You", "sound", "perfect."], paragraph.Words.Select(word => paragraph.Text.Substring(word.Offset, word.Length)));
        Assert.Equal([0.84, 0.88, 1.08], paragraph.Words.Select(word => word.Start));
    }

    [Fact]
    public void A_marker_after_a_sentence_inside_a_line_splits_it_and_other_angle_brackets_stay_text()
    {
        var transcript = Model(Read(
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nThank you, Mr. Chair. >> And before I move on, x &gt;&gt; 2 is a shift.\n", "joined.vtt"));

        Assert.Equal(["Thank you, Mr. Chair.", "And before I move on, x >> 2 is a shift."], transcript.AllTurns.Select(TurnText));
    }

    [Fact]
    public void A_lowercase_or_one_word_label_after_a_marker_said_once_stays_text()
    {
        var transcript = Model(Read(
            "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\n>> MAYOR: thank you, council.\n\n00:00:13.000 --> 00:00:15.000\n>> thank you: this question is for staff.\n\n" +
            "00:00:16.000 --> 00:00:18.000\n>> So: we begin.\n\n00:00:19.000 --> 00:00:20.000\n>>OK: then.\n", "steno.vtt"));

        Assert.Equal(["mayor", "unknown", "unknown", "unknown"], transcript.AllTurns.Select(turn => turn.SpeakerSlug));
        Assert.Equal("OK: then.", TurnText(transcript.AllTurns.Last()));
        Assert.Equal("thank you: this question is for staff.", TurnText(transcript.AllTurns.ElementAt(1)));
        Assert.Equal("So: we begin.", TurnText(transcript.AllTurns.ElementAt(2)));
    }

    [Fact]
    public void Podcast_json_bodies_with_markers_split_too()
    {
        var transcript = Model(Read(
            "{\"segments\":[{\"startTime\":0,\"endTime\":2,\"body\":\">> ANCHOR: Good evening.\"},{\"startTime\":2,\"endTime\":4,\"body\":\">> REPORTER: Thanks.\"}]}", "news.json"));

        Assert.Equal([("anchor", 0.0), ("reporter", 2.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
    }

    [Fact]
    public void Youtube_rolling_captions_with_markers_keep_each_word_once_and_split_at_each_marker()
    {
        // The shape of YouTube's automatic captions of a town meeting: a line of one space, 10 ms snapshots, the
        // previous line repeated above the new words, "&gt;&gt;" where the speaker changes.
        var result = Read(
            "WEBVTT\nKind: captions\nLanguage: en\n\n" +
            "00:10:52.160 --> 00:10:54.870 align:start position:0%\n \n&gt;&gt; Good<00:10:52.399><c> evening</c><00:10:52.640><c> everyone.</c>\n\n" +
            "00:10:54.870 --> 00:10:54.880 align:start position:0%\n&gt;&gt; Good evening everyone.\n \n\n" +
            "00:10:54.880 --> 00:10:58.470 align:start position:0%\n&gt;&gt; Good evening everyone.\nWelcome<00:10:56.640><c> to</c><00:10:57.120><c> the</c><00:10:58.079><c> board</c>\n\n" +
            "00:10:58.470 --> 00:10:58.480 align:start position:0%\nWelcome to the board\n \n\n" +
            "00:10:58.480 --> 00:11:01.910 align:start position:0%\nWelcome to the board\nmeeting.<00:10:59.680><c> Thanks.</c>\n\n" +
            "00:11:01.910 --> 00:11:01.920 align:start position:0%\nmeeting. Thanks.\n \n\n" +
            "00:11:01.920 --> 00:11:03.000 align:start position:0%\nmeeting. Thanks.\n&gt;&gt; Thank<00:11:02.300><c> you.</c>\n", "board.vtt");
        var transcript = Model(result);

        Assert.Equal(["Good evening everyone. Welcome to the board meeting. Thanks.", "Thank you."], transcript.AllTurns.Select(TurnText));
        Assert.Equal([652.16, 661.92], transcript.AllTurns.Select(turn => turn.Start!.Value));
        Assert.All(transcript.AllTurns, turn => Assert.Equal("unknown", turn.SpeakerSlug));
        Assert.StartsWith("2 turns have no named speaker", Single(result, DiagnosticCodes.UnknownSpeaker).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_marker_inside_a_line_of_automatic_captions_starts_a_turn_at_its_words_time()
    {
        // YouTube's automatic captions have no punctuation: the marker is a timed word of its own, mid-line.
        var result = Read(
            "WEBVTT\nKind: captions\nLanguage: en\n\n" +
            "00:00:08.940 --> 00:00:11.150 align:start position:0%\nso welcome to the weekly\n" +
            "sync<00:00:09.179><c> meeting</c><00:00:10.019><c> &gt;&gt;</c><00:00:10.320><c> thanks</c><00:00:10.600><c> for</c><00:00:10.900><c> having</c><00:00:11.000><c> me</c>\n\n" +
            "00:00:11.150 --> 00:00:12.000\nshift x &gt;&gt; 2\n", "sync.vtt");
        var transcript = Model(result);

        Assert.Equal(["so welcome to the weekly sync meeting", "thanks for having me shift x >> 2"], transcript.AllTurns.Select(TurnText));
        Assert.Equal([8.94, 10.32], transcript.AllTurns.Select(turn => turn.Start!.Value));
    }
}
