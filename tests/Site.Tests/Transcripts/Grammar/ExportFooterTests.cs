namespace Site.Tests.Transcripts.Grammar;

/// <summary>The line a service signs its export with is dropped; a speaker's last words that only look like it stay.</summary>
public sealed class ExportFooterTests
{
    [Fact]
    public void Sonix_export_keeps_its_labels_and_stamps_and_drops_its_signature()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(GrammarSamples.Read("sonix-name-colon-stamp.txt"), "sonix.txt", "sonix");
        Assert.Empty(diagnostics);
        Assert.Equal(["Team mem. 2", "Team mem. 1", "Customer", "Team mem. 3"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("team-mem-2", 2.0), ("team-mem-1", 9), ("customer", 151), ("team-mem-1", 152), ("customer", 156), ("team-mem-1", 158), ("customer", 161),
             ("customer", 794), ("team-mem-1", 812), ("customer", 813), ("team-mem-3", 815), ("customer", 826), ("team-mem-3", 830), ("team-mem-2", 833), ("customer", 1502)],
            transcript.AllTurns.Select(t => (t.SpeakerSlug, t.Start!.Value)));
        Assert.Equal("Yes. Thank you. Thank you. That's all for today.", Assert.Single(transcript.AllTurns.Last().Paragraphs).Text);
        Assert.DoesNotContain(transcript.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains("Sonix", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Transcribed by hand.")]
    [InlineData("Transcribed by Dr. Lee")]
    public void Last_words_that_name_no_service_stay(string last)
    {
        var (transcript, _) = TranscriptFiles.ParseOk($"Ann: Hello.\nBo: Hi.\nAnn: How was it made?\nBo: Well.\n{last}\n");
        Assert.Equal(["Well.", last], transcript.AllTurns.Last().Paragraphs.Select(p => p.Text));
    }
}
