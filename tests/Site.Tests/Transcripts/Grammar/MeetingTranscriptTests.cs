using Site.Diagnostics;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Meeting tools' text transcripts: <c>Name: text</c> on every line, a time alone between lines every few minutes, the
/// tool's own lines around them (Google Meet's date and title above, its closing notes below).
/// </summary>
public sealed class MeetingTranscriptTests
{
    [Fact]
    public void Google_meets_transcript_has_its_date_title_stamps_and_a_voice_heard_once()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("google-meet-stamps-between.txt"), "meet.txt", "meet");
        Assert.Empty(diagnostics);
        Assert.Equal("Call notes/Gong quick discovery call - Transcript", transcript.Title);
        Assert.Equal("2025-10-02", transcript.Date);
        Assert.Empty(transcript.Lede);
        Assert.Equal(["Anna Hewitt", "Garrett McGrath", "Justin Sous"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("anna-hewitt", 0.0), ("garrett-mcgrath", null), ("anna-hewitt", null), ("garrett-mcgrath", null), ("anna-hewitt", null), ("garrett-mcgrath", null),
             ("garrett-mcgrath", 86), ("anna-hewitt", 506), ("garrett-mcgrath", null), ("anna-hewitt", null), ("garrett-mcgrath", null), ("justin-sous", null),
             ("anna-hewitt", null), ("anna-hewitt", 1713), ("garrett-mcgrath", null)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start)));
        Assert.Equal("Yeah.", Assert.Single(transcript.AllTurns.ElementAt(11).Paragraphs).Text);
        Assert.Equal("Well, my the rest of my world currently is external stuff. It's it would be Yeah.", Assert.Single(transcript.AllTurns.Last().Paragraphs).Text);
    }

    [Fact]
    public void Google_meets_markdown_transcript_keeps_its_attendees_in_the_lede_and_drops_its_closing_line()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("google-meet-attendees.md"), "ppgc.md", "ppgc");
        Assert.Empty(diagnostics);
        Assert.Equal("Polygon Protocol Governance Call - 2024/11/21 15:51 GMT - Transcript", transcript.Title);
        Assert.Equal(["Harry Rook", "Manav Darji", "Raneet Debnath"], transcript.Speakers.Select(s => s.Name));
        Assert.StartsWith("Angel Valkov, Anton Gaev,", transcript.Lede[1].Text, StringComparison.Ordinal);
        Assert.Equal(13, transcript.AllTurns.Count());
        Assert.EndsWith("12th of December in 3 weeks ish will be the next call.", Assert.Single(transcript.AllTurns.Last().Paragraphs).Text, StringComparison.Ordinal);
        Assert.Equal(("manav-darji", 300.0), transcript.AllTurns.Where(t => t.Start is not null).Select(t => (t.SpeakerSlug, t.Start!.Value)).Single());
    }

    [Theory]
    [InlineData("Sam: Thanks all.")]
    [InlineData("Editor's Note: the audio dropped here.")]
    public void A_single_word_or_a_note_said_once_among_names_on_every_line_stays_flagged(string line)
    {
        // Constructed: the layout of the Google Meet sample with one line that is not a full name.
        var text = "Weekly sync\n\nJane Doe: Hi.\nBob Lee: Hello.\nJane Doe: Agenda first.\nBob Lee: Sure.\n" + line + "\nJane Doe: Next.\nBob Lee: Done.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, 7), (warning.Code, warning.Line));
        Assert.Equal(["Jane Doe", "Bob Lee"], transcript.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void A_full_name_said_once_among_names_on_every_line_is_a_speaker()
    {
        var text = "Weekly sync\n\nJane Doe: Hi.\nBob Lee: Hello.\nJane Doe: Agenda first.\nBob Lee: Sure.\nSpeaker 3: Can you hear me?\nJane Doe: Yes.\nBob Lee: Done.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane Doe", "Bob Lee", "Speaker 3"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal("speaker-3", transcript.AllTurns.ElementAt(4).SpeakerSlug);
    }
}
