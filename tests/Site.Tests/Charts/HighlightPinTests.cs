using Site.Diagnostics;
using Site.Tests.Transcripts;
using Site.Transcripts;
using Site.Transcripts.Highlights;

namespace Site.Tests.Charts;

/// <summary>Front matter <c>highlights</c> pins a highlight to a turn; a pin naming no turn is reported where it is written.</summary>
public sealed class HighlightPinTests
{
    private static string WithFrontMatter(string yaml) =>
        "---\n" + yaml + "---\n" + TranscriptFiles.SoraPanel();

    [Fact]
    public void A_pinned_turn_wins_over_the_automatic_choice()
    {
        var result = TranscriptParser.Parse(WithFrontMatter("highlights:\n  4: s01-t01\n"), "t.txt", "t");

        Assert.Empty(result.Diagnostics);
        var link = Assert.Single(LinkHighlights.Link(result.Transcript!, Site.Glossary.Glossary.Empty), link => link.Number == 4);
        Assert.True(link.Pinned);
        Assert.Equal("s01-t01", link.Turn.Id);
    }

    [Fact]
    public void A_pin_naming_no_turn_is_SITE340_at_its_line_and_the_highlight_keeps_an_automatic_turn()
    {
        var result = TranscriptParser.Parse(WithFrontMatter("date: 2024-02-20\nhighlights:\n  2: s01-t99\n"), "t.txt", "t");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownHighlightTurn, Severity.Error, 4, 6), (diagnostic.Code, diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Contains("s01-t99", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(LinkHighlights.Link(result.Transcript!, Site.Glossary.Glossary.Empty), link => link.Number == 2).Pinned);
    }

    [Theory]
    [InlineData("highlights:\n  9: s01-t01\n", 3)]
    [InlineData("highlights:\n  first: s01-t01\n", 3)]
    [InlineData("highlights: [s01-t01]\n", 2)]
    public void A_pin_of_the_wrong_shape_or_number_is_SITE341(string yaml, int line)
    {
        var result = TranscriptParser.Parse(WithFrontMatter(yaml), "t.txt", "t");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidHighlightPin, line), (diagnostic.Code, diagnostic.Line));
        Assert.NotNull(result.Transcript);
    }
}
