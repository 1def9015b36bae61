namespace Site.Tests.Transcripts.Grammar;

/// <summary>
/// Depositions, hearings and oral histories mark question and answer as <c>Q.</c> and <c>A.</c> (the layout a word
/// processor gives a court transcript without its line numbers), between labelled turns such as <c>MR. GRANT:</c>.
/// </summary>
public sealed class DottedQaTests
{
    private const string Deposition = """
        Deposition of Robert Hale

        MR. GRANT: Please state your name for the record.

        THE WITNESS: Robert Hale.

        Q. Where do you live?

        A.    In Dayton, Ohio.

        Q. How long have you lived there?

        A. Twelve years.

        MR. GRANT: Thank you. Nothing further.

        THE WITNESS: Thank you.
        """;

    [Fact]
    public void Dotted_questions_and_answers_are_turns_of_the_interviewer_and_the_interviewee()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Deposition, "hale.txt", "hale");
        Assert.Empty(diagnostics);
        Assert.Equal([("MR. GRANT", null), ("THE WITNESS", null), ("Q", "Interviewer"), ("A", "Interviewee")], transcript.Speakers.Select(s => (s.Name, s.Role)));
        Assert.Equal(
            [("mr-grant", "Please state your name for the record."), ("the-witness", "Robert Hale."), ("q", "Where do you live?"), ("a", "In Dayton, Ohio."),
             ("q", "How long have you lived there?"), ("a", "Twelve years."), ("mr-grant", "Thank you. Nothing further."), ("the-witness", "Thank you.")],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, Assert.Single(t.Paragraphs).Text)));
    }

    [Fact]
    public void A_sentence_that_starts_with_an_initial_stays_text()
    {
        var text = "Ann: Who wrote it?\n\nBo: I think so.\n\nA. Lincoln wrote most of it himself.\n\nAnn: Really?\n\nBo: Yes.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text, "talk.txt", "talk");
        Assert.Empty(diagnostics);
        Assert.Equal(["Ann", "Bo"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["I think so.", "A. Lincoln wrote most of it himself."], transcript.AllTurns.ElementAt(1).Paragraphs.Select(p => p.Text));
    }
}
