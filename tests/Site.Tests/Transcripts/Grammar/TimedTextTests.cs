using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>Time stamps in text transcripts: the stamp sets the turn's start and is neither name nor text.</summary>
public sealed class TimedTextTests
{
    private const string Guests = "Title\n\nGuests:\n1. Jane Doe, economist\n2. 刘洋 研究员\n\n";

    [Theory]
    [InlineData("[00:01:05] 刘洋：大家好", "liu-yang", 65, "大家好")]
    [InlineData("[01:05] Jane Doe: hi", "jane-doe", 65, "hi")]
    [InlineData("【00:01:05】刘洋：大家好", "liu-yang", 65, "大家好")]
    [InlineData("(00:01:05) Jane Doe: hi", "jane-doe", 65, "hi")]
    [InlineData("00:01:05 Jane Doe: hi", "jane-doe", 65, "hi")]
    [InlineData("Jane Doe (00:04:12): hi", "jane-doe", 252, "hi")]
    [InlineData("Jane Doe [00:04:12]: hi", "jane-doe", 252, "hi")]
    [InlineData("刘洋（00:04:12）：你好", "liu-yang", 252, "你好")]
    [InlineData("[00:00:03.250] Jane Doe: hi", "jane-doe", 3.25, "hi")]
    [InlineData("Jane Doe (1:02:03,5): hi", "jane-doe", 3723.5, "hi")]
    public void A_stamp_before_or_inside_the_prefix_is_the_turns_start(string line, string slug, double start, string text)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + line + "\n");
        Assert.Empty(diagnostics);
        var turn = Assert.Single(transcript.AllTurns);
        Assert.Equal((slug, start, text), (turn.SpeakerSlug, turn.Start, turn.Paragraphs[0].Text));
        Assert.True(transcript.IsTimed);
    }

    [Fact]
    public void A_name_and_stamp_line_starts_a_turn_whose_text_follows()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + "Jane Doe 00:04:12\nFirst answer.\nMore of it.\n刘洋  0:03\n好。\n");
        Assert.Empty(diagnostics);
        Assert.Equal([("jane-doe", 252.0, 2), ("liu-yang", 3.0, 1)], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, t.Paragraphs.Count)));
        Assert.Equal("First answer.", transcript.AllTurns.First().Paragraphs[0].Text);
    }

    [Fact]
    public void Descript_label_lines_with_the_text_below_are_timed_turns()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Jane Doe (00:00:03):\nHello there.\n\nBob Lee (00:00:09):\nHi.\n\n[00:00:12] Jane Doe:\nSo.\n");
        Assert.Empty(diagnostics);
        Assert.Equal([("jane-doe", 3.0, "Hello there."), ("bob-lee", 9.0, "Hi."), ("jane-doe", 12.0, "So.")], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, t.Paragraphs[0].Text)));
    }

    [Fact]
    public void A_stamp_without_a_speaker_continues_the_turn_and_the_paragraph_keeps_its_time()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + "[00:12:00] Jane Doe: one\n[00:12:30] two\n[00:13:00]\nthree\nfour\n刘洋：好\n");
        Assert.Empty(diagnostics);
        var turn = transcript.AllTurns.First();
        Assert.Equal(720, turn.Start);
        Assert.Equal(["one", "two", "three", "four"], turn.Paragraphs.Select(p => p.Text));
        Assert.Equal([null, 750.0, 780.0, null], turn.Paragraphs.Select(p => p.Words.Count == 0 ? (double?)null : p.Words[0].Start));
        Assert.Equal((0, 3), (turn.Paragraphs[1].Words[0].Offset, turn.Paragraphs[1].Words[0].Length));
        Assert.Null(transcript.AllTurns.Last().Start);
    }

    [Fact]
    public void Times_in_prose_stay_text()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Guests + "Jane Doe: one\n10:30 was the time\nWe met at 10:30 today\nback at 10:30\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["one", "10:30 was the time", "We met at 10:30 today", "back at 10:30"], Assert.Single(transcript.AllTurns).Paragraphs.Select(p => p.Text));
        Assert.False(transcript.IsTimed);
    }

    [Fact]
    public void An_Otter_export_gives_timed_turns_without_its_footer()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("otter-ladybug.txt"), "otter.txt", "otter");
        Assert.Empty(diagnostics);
        Assert.Equal(["Emma", "Kelly", "Unknown Speaker", "Sidney"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("emma", 0.0), ("kelly", 34.0), ("unknown-speaker", 35.0), ("emma", 37.0), ("sidney", 3321.0)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Welcome to the ladybug podcast.", Assert.Single(transcript.AllTurns.ElementAt(1).Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains("otter.ai", StringComparison.Ordinal));
    }

    [Fact]
    public void Bold_names_with_stamps_give_timed_turns()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("ladybug-website-bold-stamps.md"), "ladybug.md", "ladybug");
        Assert.Empty(diagnostics);
        Assert.Equal(["Emma", "Kelly", "Ali", "Lindsey"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal([0.0, 18, 20, 21, 22, 36], transcript.AllTurns.Select(t => t.Start!.Value));
        Assert.Equal("I'm Emma.", transcript.AllTurns.ElementAt(2).Paragraphs[0].Text);
    }

    [Fact]
    public void Bold_labels_followed_by_stamped_lines_keep_each_lines_time()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("stratomercata-bold-labels.md"), "s.md", "s");
        Assert.Empty(diagnostics);
        Assert.Equal(["SPEAKER_00", "SPEAKER_01", "SPEAKER_02"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal([("speaker-00", 0.0), ("speaker-01", 25.0), ("speaker-00", 38.0), ("speaker-02", 57.0)], transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        var first = transcript.AllTurns.First();
        Assert.Equal(["Okay, recording is in.", "Pro is in progress.", "Hello everybody."], first.Paragraphs.Select(p => p.Text));
        Assert.Equal([0.0, 2, 6], first.Paragraphs.Select(p => p.Words[0].Start));
    }

    [Fact]
    public void Rev_stamps_after_the_colon_start_the_turn_and_leave_the_text()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("rev-name-colon-stamp.md"), "rev.md", "rev");
        Assert.Empty(diagnostics);
        Assert.Equal(["Henry", "Jory"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("henry", 7.0), ("jory", 19.0), ("henry", 21.0), ("jory", 27.0), ("jory", 76.0), ("henry", 122.0), ("jory", 122.0), ("henry", 125.0), ("jory", 132.0), ("henry", 135.0)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Of course, I always enjoy chatting with you.", Assert.Single(transcript.AllTurns.ElementAt(1).Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.StartsWith('('));
    }

    [Fact]
    public void A_stamp_and_colon_alone_goes_on_with_the_speaker_and_times_the_next_paragraph()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("rev-lenny-continuation-stamps.md"), "lenny.md", "lenny");
        Assert.Empty(diagnostics);
        Assert.Equal(["Tomer Cohen", "Lenny Rachitsky"], transcript.Speakers.Select(s => s.Name));
        var intro = transcript.AllTurns.ElementAt(7);
        Assert.Equal(("lenny-rachitsky", 71.0), (intro.SpeakerSlug, intro.Start!.Value));
        Assert.Equal(4, intro.Paragraphs.Count);
        Assert.StartsWith("A huge thank you", intro.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Contains("Descript, [inaudible 00:02:29], Gamma", intro.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal([126.0, 162, 282], intro.Paragraphs.Skip(1).Select(p => p.Words[0].Start));
        Assert.Equal(("tomer-cohen", 285.0), (transcript.AllTurns.Last().SpeakerSlug, transcript.AllTurns.Last().Start!.Value));
    }

    [Fact]
    public void Otter_labels_written_as_markdown_headings_are_turns_not_sections()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("otter-markdown-heading-labels.md"), "jam.md", "jam");
        Assert.Empty(diagnostics);
        Assert.Equal("Transcript", Assert.Single(transcript.Sections).Title);
        Assert.Equal(["Bryan Robinson", "Brad Garropy", "Unknown Speaker"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("bryan-robinson", 1.0), ("bryan-robinson", 46), ("brad-garropy", 50), ("bryan-robinson", 91), ("brad-garropy", 101), ("bryan-robinson", 119), ("brad-garropy", 123), ("bryan-robinson", 142), ("bryan-robinson", 487), ("unknown-speaker", 493), ("bryan-robinson", 493)],
            transcript.Sections[0].Turns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Yeah.", Assert.Single(transcript.Sections[0].Turns[9].Paragraphs).Text);
    }

    [Fact]
    public void A_heading_of_a_title_and_its_time_stays_a_heading()
    {
        var text = "# Show\n\n## Opening (0:00)\n\nAnn: Welcome.\n\nBo: Thanks.\n\n## Questions (12:30)\n\nAnn: First one.\n\nBo: Sure.\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text, "show.md", "show");
        Assert.Equal(["Opening (0:00)", "Questions (12:30)"], transcript.Sections.Select(s => s.Title));
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void Bold_names_alone_above_the_text_name_the_speakers()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("percona-bold-names-alone.md"), "percona.md", "percona");
        Assert.Empty(diagnostics);
        Assert.Equal(["Matt Yonkovit", "Ege Güneş", "Vinodh Krishnaswamy"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            ["matt-yonkovit", "ege-gunes", "matt-yonkovit", "ege-gunes", "vinodh-krishnaswamy", "matt-yonkovit", "ege-gunes", "matt-yonkovit", "ege-gunes", "vinodh-krishnaswamy"],
            transcript.AllTurns.Select(t => t.SpeakerSlug));
        var first = transcript.AllTurns.First();
        Assert.Equal(3, first.Paragraphs.Count);
        Assert.Equal("Good amazing that's a cool whoa", first.Paragraphs[0].Text);
        Assert.Equal("No.", Assert.Single(transcript.AllTurns.ElementAt(1).Paragraphs).Text);
    }

    [Fact]
    public void Otters_unknown_speaker_label_without_times_is_a_turn_of_its_own()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("percona-unknown-speaker.md"), "percona.md", "percona");
        Assert.Empty(diagnostics);
        Assert.Equal(["Matt Yonkovit", "Ege Güneş", "Unknown Speaker", "Vinodh Krishnaswamy"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("matt-yonkovit", 1), ("ege-gunes", 2), ("unknown-speaker", 1), ("matt-yonkovit", 1), ("vinodh-krishnaswamy", 1), ("matt-yonkovit", 1)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Paragraphs.Count)));
        Assert.Equal("You don't need to.", transcript.AllTurns.ElementAt(2).Paragraphs[0].Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains("Unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Otters_plain_labels_without_times_name_the_speakers_the_first_time()
    {
        var text = "Jane Doe  \nHello there.\nMore of it.\n\nSpeaker 2  \nHi.\n\nUnknown Speaker  \nYes.\n\nJane Doe  \nBye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "otter.txt", "otter");
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane Doe", "Speaker 2", "Unknown Speaker"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("jane-doe", "Hello there."), ("speaker-2", "Hi."), ("unknown-speaker", "Yes."), ("jane-doe", "Bye.")],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Paragraphs[0].Text)));
        Assert.False(transcript.IsTimed);
    }

    [Fact]
    public void A_hard_break_after_one_short_line_stays_text_and_a_full_name_there_is_flagged()
    {
        var text = "Ann: Welcome.\nThanks Jane  \nfor the intro.\nBo: Sure.\nAnn: Then.\nBo: Bye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "t.md", "t");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, 2), (warning.Code, warning.Line));
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["Welcome.", "Thanks Jane", "for the intro."], transcript.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_word_alone_in_markdown_whose_lines_all_end_in_hard_breaks_is_no_otter_label()
    {
        var text = "Ann: Hello.  \nRight  \nso it goes.  \nBo: Hi.  \nRight  \nindeed.  \nAnn: Yes.  \nBo: No.  \n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "t.md", "t");
        Assert.Empty(diagnostics);
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["Hello.", "Right", "so it goes."], transcript.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_name_alone_with_a_colon_above_the_text_names_a_speaker_when_it_recurs()
    {
        var text = "# Talk\n\nJane Doe:\nHello there.\n\nBob Lee:\nHi.\n\nJane Doe:\nOne more.\nAnd another.\n\nBob Lee:\nBye.\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text, "talk.md", "talk");
        Assert.Equal(["Jane Doe", "Bob Lee"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["jane-doe", "bob-lee", "jane-doe", "bob-lee"], transcript.AllTurns.Select(t => t.SpeakerSlug));
        Assert.Equal(["One more.", "And another."], transcript.AllTurns.ElementAt(2).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Html_underlined_labels_name_the_speakers_and_markup_in_the_text_stays_text()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Sample("underlined-labels-tab.txt"), "nitch.txt", "nitch");
        Assert.Empty(diagnostics);
        Assert.Equal(["Jonathan Stark", "Kelli Shaver"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            ["jonathan-stark", "kelli-shaver", "jonathan-stark", "jonathan-stark", "kelli-shaver", "kelli-shaver", "jonathan-stark", "jonathan-stark", "kelli-shaver", "jonathan-stark", "kelli-shaver"],
            transcript.AllTurns.Select(t => t.SpeakerSlug));
        Assert.Equal(
            "Hello and welcome to the <b>Nitch Podcast</b> for Friday, December 21st 2012. I am Jonathan Stark.",
            Assert.Single(transcript.AllTurns.First().Paragraphs).Text);
        Assert.Equal("Right.", Assert.Single(transcript.AllTurns.ElementAt(9).Paragraphs).Text);
    }

    private static string Sample(string name) => GrammarSamples.Read(name);
}
