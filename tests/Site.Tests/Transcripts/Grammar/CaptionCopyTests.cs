using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Caption copies (YouTube's "Show transcript" pasted as text): a time on every caption and nobody named. One unnamed
/// speaker says it all, as in a caption file that names nobody, and the captions flow as the timed readers join cues.
/// </summary>
public sealed class CaptionCopyTests
{
    [Fact]
    public void A_show_transcript_copy_is_one_speakers_timed_text_with_its_chapters_as_sections()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("youtube-show-transcript-chapters.md"), "yt.md", "yt");
        Assert.Empty(diagnostics);
        var speaker = Assert.Single(transcript.Speakers);
        Assert.Equal(("Speaker", "speaker"), (speaker.Name, speaker.Slug));
        Assert.Equal("video 1", transcript.Title);
        Assert.Equal(["En este video", "Capítulos", "Transcripción", "Buscar en el video"], transcript.Lede.Select(p => p.Text));
        Assert.Equal([("Intro", 0.0), ("Example of Skills 2.0", 23.0)], transcript.Sections.Select(s => (s.Title, s.Start!.Value)));

        var first = Assert.Single(transcript.Sections[0].Turns);
        Assert.Equal(("speaker", 0.0), (first.SpeakerSlug, first.Start!.Value));
        var flowing = Assert.Single(first.Paragraphs);
        Assert.StartsWith("Claude just dropped Skills 2.0 and it's a gamecher for anyone working with Cloud Co-work", flowing.Text, StringComparison.Ordinal);
        Assert.EndsWith("plenty of examples. Now, I'll show you a demo of", flowing.Text, StringComparison.Ordinal);
        Assert.Equal([0.0, 2, 4, 6, 8, 10, 11, 13, 15, 17, 19, 21], flowing.Words.Select(w => w.Start));
        Assert.Equal("a gamecher for anyone working with Cloud", flowing.Text.Substring(flowing.Words[1].Offset, flowing.Words[1].Length));

        var second = Assert.Single(transcript.Sections[1].Turns);
        Assert.Equal(23.0, second.Start);
        Assert.StartsWith("Skills 2.0 in cloth co-work, but it will work very similar", Assert.Single(second.Paragraphs).Text, StringComparison.Ordinal);
        Assert.True(transcript.IsTimed);
    }

    [Fact]
    public void A_copy_under_a_markdown_title_flows_with_each_captions_time()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("youtube-show-transcript-title.md"), "yt.md", "yt");
        Assert.Empty(diagnostics);
        Assert.Equal("[Video Walkthrough](https://www.youtube.com/watch?v=3fFXFpAYC4M) Transcript", transcript.Title);
        var turn = Assert.Single(transcript.AllTurns);
        var paragraph = Assert.Single(turn.Paragraphs);
        Assert.Equal([0.0, 7, 15, 20, 26, 63, 70], paragraph.Words.Select(w => w.Start));
        Assert.Contains("Today I'm going to take you on a journey", paragraph.Text, StringComparison.Ordinal);
        Assert.EndsWith("where our story and our app begins. Now, meet Serena. Serena's a developer", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_and_the_caption_on_one_line_are_read_the_same_way()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("youtube-inline-stamps.txt"), "yt.txt", "yt");
        Assert.Empty(diagnostics);
        Assert.Equal("Claude Code Hooks", transcript.Title);
        Assert.Equal([("Intro", 0.0), ("Hooks", 20.0)], transcript.Sections.Select(s => (s.Title, s.Start!.Value)));
        var intro = Assert.Single(Assert.Single(transcript.Sections[0].Turns).Paragraphs);
        Assert.StartsWith("Hooks are hands down one of the best features in Claude Code", intro.Text, StringComparison.Ordinal);
        Assert.EndsWith("don't forget to hit that subscribe button.", intro.Text, StringComparison.Ordinal);
        Assert.Equal(10, intro.Words.Count);
        Assert.Equal("To create your first hook, use the hooks", Assert.Single(transcript.Sections[1].Turns).Paragraphs[0].Text);
    }

    [Fact]
    public void A_copy_that_starts_with_its_first_time_has_no_caption_for_a_title()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("0:00\nhello everyone welcome to\n0:02\nthe channel today we're going\n0:04\nto talk about rust\n1:02:03\nthanks for watching\n");
        Assert.Empty(diagnostics);
        Assert.Equal("t", transcript.Title);
        var paragraph = Assert.Single(Assert.Single(transcript.AllTurns).Paragraphs);
        Assert.Equal("hello everyone welcome to the channel today we're going to talk about rust thanks for watching", paragraph.Text);
        Assert.Equal([0.0, 2, 4, 3723], paragraph.Words.Select(w => w.Start));
    }
}
