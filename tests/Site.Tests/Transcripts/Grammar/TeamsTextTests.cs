namespace Site.Tests.Transcripts.Grammar;

/// <summary>Microsoft Teams' transcript as text: a cue's timing alone, the name below it, the text below that.</summary>
public sealed class TeamsTextTests
{
    [Fact]
    public void A_timing_line_a_name_and_the_text_are_a_timed_turn()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("teams-range-name-text.txt"), "teams.txt", "teams");
        Assert.Empty(diagnostics);
        Assert.Equal("teams", transcript.Title);
        Assert.Equal(["Jane Doe", "John Doe"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("jane-doe", 0.0, 1), ("john-doe", 2.9, 1), ("jane-doe", 3.52, 1), ("jane-doe", 5.3, 1), ("john-doe", 7.8, 1), ("john-doe", 8.81, 1), ("jane-doe", 10.69, 1)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value, t.Paragraphs.Count)));
        Assert.Equal("Hi, I'm John Doe, no relation, Ha! COO.", transcript.AllTurns.ElementAt(1).Paragraphs[0].Text);
    }

    [Fact]
    public void Someone_heard_once_where_two_names_recur_is_a_speaker()
    {
        var text = GrammarSamples.Read("teams-range-name-text.txt") + "0:0:12.0 --> 0:0:12.900\nMary Major\nCan I add one thing?\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "teams.txt", "teams");
        Assert.Empty(diagnostics);
        Assert.Equal(("mary-major", 12.0), (transcript.AllTurns.Last().SpeakerSlug, transcript.AllTurns.Last().Start!.Value));
    }

    [Theory]
    [InlineData("Jane Doe: see 1:5 and 3:2:1 here", "see 1:5 and 3:2:1 here")]
    [InlineData("Jane Doe: read John 3:16 first", "read John 3:16 first")]
    public void Unpadded_times_in_prose_stay_text(string line, string text)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Title\n\n" + line + "\nJane Doe: more\n");
        Assert.Empty(diagnostics);
        Assert.Equal(text, transcript.AllTurns.First().Paragraphs[0].Text);
        Assert.False(transcript.IsTimed);
    }
}
