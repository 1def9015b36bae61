using Site.Diagnostics;
using Site.Transcripts;
using Site.Transcripts.Readers;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

/// <summary>Excerpts of files real tools wrote: right speaker per turn, right start, no format noise in the text.</summary>
public sealed class RealFileTests
{
    [Fact]
    public void Buzzsprout_vtt_gives_voices_and_recurring_name_prefixes_their_turns()
    {
        var result = ReadSample("buzzsprout-example.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(["Travis", "Sarah", "Gilon"], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal(
            [("travis", 0.179), ("sarah", 53.03), ("travis", 102.739), ("gilon", 219.36), ("travis", 263.189), ("gilon", 322.139)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        var first = transcript.AllTurns.First();
        Assert.StartsWith("When you first get started in podcasting, it's almost guaranteed that you're going to make", TurnText(first), StringComparison.Ordinal);
        Assert.Equal(50.34, first.End);
        Assert.Single(first.Paragraphs);
        Assert.StartsWith("So is there an ideal podcast length, short answer? Nope.", TurnText(transcript.AllTurns.ElementAt(3)), StringComparison.Ordinal);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Buzzsprout_srt_gives_the_same_speakers_without_cue_numbers()
    {
        var transcript = Model(ReadSample("buzzsprout-example.srt"));

        Assert.Equal(
            [("travis", 0.179), ("sarah", 53.03), ("travis", 102.739), ("gilon", 219.36), ("travis", 263.189)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Creating good audio is really key to keeping your podcast listeners engaged because no matter how good the content difference between air quality and good quality.", TurnText(transcript.AllTurns.ElementAt(1)));
        Assert.DoesNotMatch(@"(^|\s)(17|18|19|30|31|64|65)(\s|$)", AllText(transcript));
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Podcast_json_word_segments_join_into_turns_with_word_times()
    {
        var transcript = Model(ReadSample("podcast-namespace-example.json"));

        Assert.Equal([("darth-vader", 0.5), ("luke", 2.75)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        var vader = transcript.AllTurns.First();
        Assert.Equal("I am your father.", TurnText(vader));
        Assert.Equal(2.5, vader.End);
        var words = vader.Paragraphs[0].Words;
        Assert.Equal(["I", "am", "your", "father."], words.Select(word => "I am your father."[word.Offset..(word.Offset + word.Length)]));
        Assert.Equal([0.5, 1, 1.5, 2.25], words.Select(word => word.Start));
    }

    [Fact]
    public void Youtube_dl_rolling_captions_show_each_word_once_with_inline_word_times()
    {
        var result = ReadSample("youtube-dl.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal("en", transcript.Language);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        Assert.Equal("yeah what this will happen is I'm telling", TurnText(turn));
        var paragraph = turn.Paragraphs[0];
        var will = paragraph.Words.Single(word => paragraph.Text.Substring(word.Offset, word.Length) == "will");
        Assert.Equal((5 * 60) + 4.199, will.Start, 3);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Youtube_rolling_lines_are_deduplicated_and_entities_decoded()
    {
        var transcript = Model(ReadSample("youtube-rolling.vtt"));

        Assert.Equal("welcome to the talk harnesses matter more than models Q&A starts at noon", TurnText(Assert.Single(transcript.AllTurns)));
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Zoom_names_before_each_cue_are_speakers_even_when_said_once()
    {
        var transcript = Model(ReadSample("zoom-meeting.vtt"));

        Assert.Equal([("samson-zhang", 144.72), ("yuki-wang", 153.48)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.StartsWith("it's really. it's really knew like. I was honestly", TurnText(transcript.AllTurns.ElementAt(1)), StringComparison.Ordinal);
        Assert.Equal(179.04, transcript.AllTurns.ElementAt(1).End);
        Assert.DoesNotContain("Yuki Wang:", AllText(transcript), StringComparison.Ordinal);
    }

    [Fact]
    public void Zoom_cues_left_without_a_name_are_unknown_not_the_previous_speaker()
    {
        var result = ReadSample("zoom-whole-file.vtt");
        var transcript = Model(result);

        Assert.Equal(
            [("john-lennon", 110.22), ("paul-mccartney", 111.75), ("john-lennon", 114.69), ("paul-mccartney", 117.45),
             ("andrew-knight", 125.67), ("paul-mccartney", 136.11), ("andrew-knight", 142.44), ("unknown", 150.06),
             ("andrew-knight", 155.34), ("unknown", 168.0), ("andrew-knight", 170.67)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("And that", TurnText(transcript.AllTurns.ElementAt(7)));
        Assert.Equal("And I have that sitting here. So were you the 917", TurnText(transcript.AllTurns.ElementAt(8)));
        Assert.Equal("Yes. Okay.", TurnText(transcript.AllTurns.ElementAt(9)));
        var warning = Single(result, DiagnosticCodes.UnknownSpeaker);
        Assert.Equal(40, warning.Line);
        Assert.StartsWith("2 cues name no speaker", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|\s)(25|29|34|38)(\s|$)", AllText(transcript));
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Podnews_times_without_minutes_are_read_and_reported_once()
    {
        var result = ReadSample("podnews-loose-times.vtt");
        var transcript = Model(result);

        var warning = Single(result, DiagnosticCodes.InvalidCue);
        Assert.Equal(3, warning.Line);
        Assert.StartsWith("the times of 21 cues (the first here) are not WebVTT timestamps ('0.000 --> 3.480'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(
            [("speaker-1", 0.0), ("speaker-2", 4.24), ("speaker-3", 7.08), ("speaker-1", 14.26), ("speaker-2", 16.4),
             ("speaker-1", 18.98), ("speaker-3", 34.34), ("speaker-1", 45.02), ("speaker-3", 59.24), ("speaker-2", 64.62)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal(63.1, transcript.AllTurns.ElementAt(8).End);
        Assert.StartsWith("Okay, James, let's kick this off. Now you had a report in Podnews Daily", TurnText(transcript.AllTurns.Last()), StringComparison.Ordinal);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void WhisperX_speaker_labels_are_speakers()
    {
        var transcript = Model(ReadSample("whisperx-diarized.srt"));

        Assert.Equal([("speaker-00", 0.0), ("speaker-01", 3.4), ("speaker-00", 6.3)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Hello and welcome. Today we talk about captions.", TurnText(transcript.AllTurns.First()));
        Assert.DoesNotContain("SPEAKER_", AllText(transcript), StringComparison.Ordinal);
    }

    [Fact]
    public void Bracketed_diarization_labels_without_a_colon_are_speakers_and_unknown_stays_unknown()
    {
        var result = ReadSample("pyannote-bracket-labels.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(["SPEAKER_00", "SPEAKER_01", TimedTranscriptBuilder.UnknownSpeaker], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal([("speaker-00", 0.0), ("speaker-01", 8.4), ("unknown", 11.06), ("speaker-01", 12.9)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Bom dia a todos, vamos começar a reunião de planejamento. O primeiro ponto é o cronograma das legendas.", TurnText(transcript.AllTurns.First()));
        Assert.Equal("Pode repetir?", TurnText(transcript.AllTurns.ElementAt(2)));
        Assert.DoesNotMatch(@"SPEAKER_|UNKNOWN|\[", AllText(transcript));
    }

    [Fact]
    public void Netflix_subtitles_keep_one_unnamed_speaker_and_dialogue_lines_as_their_own_paragraphs()
    {
        var result = ReadSample("netflix-chicas-del-cable.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        var paragraphs = transcript.AllTurns.SelectMany(turn => turn.Paragraphs).Select(paragraph => paragraph.Text).ToList();
        Assert.StartsWith("[Alba] En 1928, las mujeres éramos algo así como adornos que se llevaban", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("- Déjala.", paragraphs);
        Assert.Contains("- Tú no te metas. ¡No te metas!", paragraphs);
        Assert.Contains("¡Ni se te ocurra moverte! Esto es entre Gimena y yo.", paragraphs);
        Assert.Equal(7.96, transcript.AllTurns.First().Start);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Film_srt_dialogue_cues_never_get_a_name()
    {
        var transcript = Model(ReadSample("film-anchorman-fr.srt"));

        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        var paragraphs = transcript.AllTurns.SelectMany(turn => turn.Paragraphs).Select(paragraph => paragraph.Text).ToList();
        Assert.Contains("- Tu es à l'antenne.", paragraphs);
        Assert.Contains("- Là, maintenant?", paragraphs);
        Assert.Contains("- Ron?", paragraphs);
        Assert.Equal("Voyons, Audrey!", paragraphs[^1]);
        Assert.StartsWith("Downloaded From www.AllSubs.org CE FILM RELATE", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Podnews_minified_json_reports_its_overlaps_once_at_the_first_and_joins_caption_lines()
    {
        var result = ReadSample("podnews-minified.json");
        var transcript = Model(result);

        // Each caption line is a segment with its caption's times: no warning for those; the real overlaps (crosstalk)
        // are one warning, at the first, with how many more.
        var overlap = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.TimesOutOfOrder);
        Assert.Equal(1, overlap.Line);
        Assert.EndsWith("the two overlap (10 more cues overlap the one before them)", overlap.Message, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(Site.Tests.Support.Golden.ProjectFolder, "Transcripts/Readers/Samples/podnews-minified.json"));
        Assert.Equal(text.IndexOf("{\"speaker\":\"James C\",\"startTime\":77.245", StringComparison.Ordinal) + 1, overlap.Column);
        Assert.Equal(["James C", "Jingles", "Sam Sethi", "Chris Quamme Rhoden", "Nick Hilton"], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal([("james-c", 0.035), ("jingles", 4.26), ("james-c", 14.009), ("sam-sethi", 16.122), ("james-c", 18.553)], Turns(transcript).Take(5).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("it's Friday, the 5th of May 20, 23.", TurnText(transcript.AllTurns.First()));
        Assert.StartsWith("This is Nick Hilton, and I'll be on later to", TurnText(transcript.AllTurns.ElementAt(6)), StringComparison.Ordinal);
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Invalid_json_after_chinese_text_is_reported_at_the_column_in_characters()
    {
        var result = ReadSample("broken-chinese-segments.json");

        var error = Single(result, DiagnosticCodes.FormatMismatch);
        var line = File.ReadAllLines(Path.Combine(Site.Tests.Support.Golden.ProjectFolder, "Transcripts/Readers/Samples/broken-chinese-segments.json"))[4];
        Assert.Equal((5, line.IndexOf("\"endTime\": 8.1", StringComparison.Ordinal) + 1), (error.Line, error.Column));
        Assert.StartsWith("this .json file is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Transcript);
    }

    [Fact]
    public void Youtube_manual_srt_is_one_speaker_with_trailing_spaces_gone()
    {
        var result = ReadSample("youtube-manual-3b1b.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        Assert.Equal(3.78, turn.Start!.Value, 3);
        Assert.Equal(82.0, turn.End);
        Assert.StartsWith("In my last video, I posed the following question. If you take n points on a circle, then connect every pair of them with a line, how many", TurnText(turn), StringComparison.Ordinal);
        Assert.Contains("two questions for you. 1. How many lines are there? And 2. At how many", TurnText(turn), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\s{2}|(^|\s)(23|24)(\s|$)", TurnText(turn));
    }

    [Fact]
    public void Region_roll_up_cues_keep_their_voices_and_their_designed_overlap_is_not_reported()
    {
        var result = ReadSample("region-w3c-example.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal([("fred", 0.0), ("bill", 2.5), ("fred", 5.0), ("bill", 7.5), ("fred", 10.0)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal("Sure! I’ve only had one today.", TurnText(transcript.AllTurns.ElementAt(3)));
        Assert.Equal("This is my fourth! OK, let’s go. Note that regions are only defined for horizontal cues.", TurnText(transcript.AllTurns.Last()));
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Old_region_syntax_of_the_browser_test_suite_is_settings_not_text()
    {
        var result = ReadSample("wpt-regions-old.vtt");

        AssertNoWarnings(result);
        Assert.Equal("text1 text2", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Style_blocks_with_a_note_between_them_never_reach_the_text()
    {
        var result = ReadSample("style-blocks.vtt");

        AssertNoWarnings(result);
        Assert.Equal("Hello world.", TurnText(Assert.Single(Model(result).AllTurns)));
    }

    [Fact]
    public void Teams_voices_are_speakers_and_its_short_times_are_read_and_reported()
    {
        var result = ReadSample("teams-meeting.vtt");
        var transcript = Model(result);

        Assert.Equal([("yuri-bakulin", 0.0), ("adrian-petrescu", 0.21)], Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.Equal(["There you go.", "Why hello there, Yuri."], transcript.AllTurns.Select(TurnText));
        Assert.Equal(3, Single(result, DiagnosticCodes.InvalidCue).Line);
        Assert.Equal(6, Single(result, DiagnosticCodes.TimesOutOfOrder).Line);
    }

    [Fact]
    public void French_broadcast_srt_loses_its_font_colours_and_keeps_a_less_than_as_text()
    {
        var result = ReadSample("font-color-fr.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        // One dash a cue, across two cues: each is someone speaking up, a paragraph of its own.
        Assert.Equal(
            ["Musique douce --- Some italic and normal coloured text. By the way, 2 < 3 ! ---", "-Stéphane ? Où on se gare ?", "-Euh, là-bas, au chêne."],
            Assert.Single(transcript.AllTurns).Paragraphs.Select(paragraph => paragraph.Text));
        AssertNoFormatNoise(transcript);
        Assert.DoesNotContain("font", AllText(transcript), StringComparison.Ordinal);
    }

    [Fact]
    public void French_broadcast_vtt_with_cue_styles_gives_each_dash_line_across_cues_its_own_paragraph()
    {
        var result = ReadSample("font-color-fr.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal(
            ["Musique douce --- Some italic and normal coloured text. By the way, 2 < 3 ! ---", "-Stéphane ? Où on se gare ?", "-Euh, là-bas, au chêne."],
            turn.Paragraphs.Select(paragraph => paragraph.Text));
        Assert.Equal(145.48, turn.Paragraphs[1].Words[0].Start, 3);
        AssertNoFormatNoise(transcript);
        Assert.DoesNotMatch("magenta|bg_black|::cue|font-family", AllText(transcript));
    }

    [Fact]
    public void Film_vtt_dash_line_goes_on_into_the_next_cue_until_its_sentence_ends()
    {
        var result = ReadSample("film-lalaland.vtt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(TimedTranscriptBuilder.UnnamedSpeaker, Assert.Single(transcript.Speakers).Name);
        Assert.Equal(
            [
                "What is his problem? I should go.",
                "- Cappuccino, please.", "- Right, of course.", "- On us.", "- Oh! No, thank you. I insist.",
                "Did you see who that was? Did she just say \"working\"?",
                "- What?", "- I'm sorry it didn't go well today, and there's like four things in my inbox that you're perfect for and I will submit you.",
                "But right now, you're coming!",
                "- Are you kidding?", "- Please don't sit on that, don't sit on that. Don't sit on that.",
                "- Hoagy Carmichael sat on that.", "- Oh my God!",
                "The Baked Potato just threw it away.",
            ],
            transcript.AllTurns.SelectMany(turn => turn.Paragraphs).Select(paragraph => paragraph.Text));
        AssertNoFormatNoise(transcript);
    }

    [Fact]
    public void Srt_capability_tester_loses_ass_tags_and_reads_ass_breaks_and_hard_spaces()
    {
        var transcript = Model(ReadSample("srt-capability-tester.srt"));

        var text = AllText(transcript);
        Assert.DoesNotMatch(@"\{\\|\\[Nnh]|<font|</?[biu]>", text);
        Assert.Contains("This text should be at the top and horizontally centered", text, StringComparison.Ordinal);
        Assert.Contains("This could be the most difficult thing to implement", text, StringComparison.Ordinal);
        Assert.Contains("The\u00A0line\u00A0will\u00A0never", text, StringComparison.Ordinal);
        Assert.Contains("a\u00A0hard\u00A0space.\u00A0:-D", text, StringComparison.Ordinal);
        Assert.Contains("5 normal spaces between letters: A     A ^--Forced line break", text, StringComparison.Ordinal);
        Assert.Contains("Show this: \\TEST and this: \\-)", text, StringComparison.Ordinal);
        Assert.Contains("2<3,5>1,4<6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Podcasting20_srt_names_at_each_change_of_speaker_and_its_own_unknown_label_stays_unknown()
    {
        var result = ReadSample("podcasting20-adam-dave.srt");
        var transcript = Model(result);

        AssertNoWarnings(result);
        Assert.Equal(["Adam Curry", "Unknown", "Dave Jones"], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal(
            [("adam-curry", 0.78), ("unknown", 41.34), ("dave-jones", 44.79), ("adam-curry", 48.0), ("dave-jones", 53.4), ("adam-curry", 55.5),
             ("dave-jones", 57.51), ("adam-curry", 65.4), ("dave-jones", 77.04), ("adam-curry", 78.57), ("dave-jones", 81.36), ("adam-curry", 85.29)],
            Turns(transcript).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.StartsWith("podcasting 2.0 March 4 2023 Episode 124 on D flat formable hello everybody", TurnText(transcript.AllTurns.First()), StringComparison.Ordinal);
        Assert.Equal("Yes. There's only one I only have one rule and then no part no part long gone.", TurnText(transcript.AllTurns.ElementAt(6)));
        Assert.DoesNotMatch(@"(^|\s)(12|13|27)(\s|$)|Curry:|Jones:", AllText(transcript));
    }

    [Fact]
    public void Teams_voices_that_are_account_ids_are_numbered_speakers_named_in_one_warning()
    {
        var result = ReadSample("teams-id-voices.vtt");
        var transcript = Model(result);

        Assert.Equal(["Speaker 1", "Speaker 2"], transcript.Speakers.Select(speaker => speaker.Name));
        Assert.Equal([("speaker-1", 0.0), ("speaker-2", 3.0), ("speaker-1", 5.35)], Turns(transcript).Take(3).Select(turn => (turn.Speaker, turn.Start!.Value)));
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(turn => turn.Paragraphs), paragraph => paragraph.Text.Contains("72f988bf", StringComparison.Ordinal));
        var voices = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.UnknownSpeaker);
        Assert.Equal(3, voices.Line);
        Assert.Contains("'Speaker 1' to 'Speaker 2'", voices.Message, StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.TimesOutOfOrder && diagnostic.Message.Contains("overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sidecar_alias_names_a_voice_that_is_an_account_id()
    {
        var sidecar = TranscriptHeader.Empty with { Speakers = [new SpeakerEntry("Ann Lee", ["68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf-86f1-41af-91ab-2d7cd011db47"], null, string.Empty, null, 1, 1)] };
        var result = ReadSample("teams-id-voices.vtt", sidecar);

        Assert.Equal(["Ann Lee", "Speaker 1"], Model(result).Speakers.Select(speaker => speaker.Name));
        Assert.Contains("'Speaker 1'", Assert.Single(result.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.UnknownSpeaker).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_subtitles_without_commas_or_stops_keep_a_space_where_a_cue_ends()
    {
        var transcript = Model(ReadSample("zh-unpunctuated-ted.srt"));

        var text = TurnText(Assert.Single(transcript.AllTurns));
        Assert.StartsWith("在2011年的一项研究中 研究人员跟踪了一组法官 决定是否为被监禁者提供假释机会 从逻辑上讲", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_film_dialogue_lines_end_where_their_cue_does_and_pauses_stay_spaces()
    {
        var transcript = Model(ReadSample("zh-film-dialogue.vtt"));

        var paragraphs = Assert.Single(transcript.AllTurns).Paragraphs.Select(paragraph => paragraph.Text).ToList();
        Assert.Equal("字幕来源：YYeTs 翻校人员：奥秘 后期：手电筒好看 大白鲨", paragraphs[0]);
        Assert.Equal(["-你叫什么名字来着  -克莉丝", "-我们到哪去  -游泳"], paragraphs.Skip(1).Take(2));
        Assert.StartsWith("慢一点  别跑这么快 我没醉呀  慢点 等等  我来了 我来了 我真的追上来了 停一下 我会游泳", paragraphs[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuated_chinese_cues_still_join_with_nothing_between()
    {
        var transcript = Model(Read("1\n00:00:01,000 --> 00:00:02,000\n大家好，我是\n\n2\n00:00:02,000 --> 00:00:03,000\n刘洋。\n", "zh.srt"));

        Assert.Equal("大家好，我是刘洋。", TurnText(Assert.Single(transcript.AllTurns)));
    }
}
