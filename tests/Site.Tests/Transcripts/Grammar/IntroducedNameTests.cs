using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Broadcast transcripts name a person in full the first time (<c>TERRY GROSS, HOST:</c>, <c>P.W. SINGER:</c>) and
/// by surname after that (<c>GROSS:</c>): one speaker, called by the full name.
/// </summary>
public sealed class IntroducedNameTests
{
    [Fact]
    public void A_full_name_label_and_the_surname_labels_after_it_are_one_speaker()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("npr-fresh-air-surnames.txt"), "fresh-air.txt", "fresh-air");
        Assert.Empty(diagnostics);
        Assert.Equal([("TERRY GROSS", "HOST"), ("P.W. SINGER", null)], transcript.Speakers.Select(s => (s.Name, s.Role)));
        Assert.True(transcript.Speakers[0].IsHost);
        Assert.Empty(transcript.Lede);
        var turns = transcript.AllTurns.ToList();
        Assert.Equal(["terry-gross", "p-w-singer", "terry-gross", "p-w-singer", "terry-gross", "p-w-singer"], turns.Select(t => t.SpeakerSlug));
        Assert.Equal(3, turns[0].Paragraphs.Count);
        Assert.StartsWith("This is FRESH AIR.", turns[0].Paragraphs[0].Text);
        Assert.StartsWith("There are certain things", turns[1].Paragraphs[0].Text);
        Assert.Equal("(SOUNDBITE OF MUSIC)", turns[3].Paragraphs[^1].Text);
        Assert.Equal("Thank you.", Assert.Single(turns[5].Paragraphs).Text);
    }

    [Fact]
    public void A_long_role_after_the_comma_and_a_surname_said_once_make_one_speaker_shown_by_the_full_name()
    {
        // CNN's layout: a correspondent introduced with a title longer than any name, then by surname, once each.
        var text = "CNN Tonight\n\nANDERSON COOPER, CNN ANCHOR: Good evening.\n\n(BEGIN VIDEOTAPE)\n\nUNIDENTIFIED MALE: We heard a noise.\n\n(END VIDEOTAPE)\n\n" +
            "COOPER: Joining me now is our correspondent.\n\nDANA BASH, CNN CHIEF POLITICAL CORRESPONDENT: Thanks, Anderson.\n\nCOOPER: What are you hearing?\n\nBASH: Nobody expected this.\n\nUNIDENTIFIED MALE: Over here!\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "cnn.txt", "cnn");
        Assert.Empty(diagnostics);
        Assert.Equal([("ANDERSON COOPER", "CNN ANCHOR"), ("UNIDENTIFIED MALE", null), ("DANA BASH", "CNN CHIEF POLITICAL CORRESPONDENT")], transcript.Speakers.Select(s => (s.Name, s.Role)));
        Assert.Equal(["ANDERSON COOPER", "UNIDENTIFIED MALE", "DANA BASH"], transcript.Speakers.Select(TranscriptText.DisplayName));
        Assert.Equal(["anderson-cooper", "unidentified-male", "anderson-cooper", "dana-bash", "anderson-cooper", "dana-bash", "unidentified-male"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void A_first_name_used_after_the_full_name_is_the_same_speaker()
    {
        var text = "Jane O'Neil: Thanks for having me.\n\nMark Ruiz: Welcome.\n\nJane: Glad to be here.\n\nMark: Let us begin.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "talk.txt", "talk");
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane O'Neil", "Mark Ruiz"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["jane-o-neil", "mark-ruiz", "jane-o-neil", "mark-ruiz"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void A_surname_two_full_names_share_is_not_given_to_either()
    {
        var text = "JOHN SMITH: Hello.\n\nMARY SMITH: Hi.\n\nSMITH: Which of us?\n\nSMITH: Exactly.\n\nJOHN SMITH: Fine.\n\nMARY SMITH: Good.\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text, "smiths.txt", "smiths");
        Assert.Equal(["JOHN SMITH", "MARY SMITH", "SMITH"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["john-smith", "mary-smith", "smith", "smith", "john-smith", "mary-smith"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void Two_recurring_labels_that_share_a_first_name_stay_two_speakers()
    {
        // The host goes by "Sam", the guest is "Sam Altman" every time: two people, not one.
        var text = "Sam: Welcome.\n\nSam Altman: Thanks.\n\nSam: First question.\n\nSam Altman: Sure.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "talk.txt", "talk");
        Assert.Empty(diagnostics);
        Assert.Equal(["Sam", "Sam Altman"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["sam", "sam-altman", "sam", "sam-altman"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void Declared_speakers_are_found_by_surname_and_by_a_role_after_a_comma()
    {
        var text = "---\nspeakers:\n  - name: Terry Gross\n  - name: Matthew Walker\n---\nTERRY GROSS, HOST: Welcome.\n\nWALKER: Thank you.\n\nGROSS: Why do we sleep?\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "sleep.txt", "sleep");
        Assert.Empty(diagnostics);
        Assert.Equal(["terry-gross", "matthew-walker", "terry-gross"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void A_surname_two_declared_speakers_share_is_ambiguous()
    {
        var text = "---\nspeakers:\n  - name: John Smith\n  - name: Mary Smith\n---\nJohn Smith: Hello.\n\nSMITH: Which of us?\n";
        var result = TranscriptParser.Parse(text, "smiths.txt", "smiths");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnresolvedSpeaker && d.Line == 8);
    }
}
