using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>An English transcript in the documented format (Fixtures/english-podcast.txt).</summary>
public sealed class EnglishPodcastTests
{
    private static readonly (Transcript Transcript, IReadOnlyList<Site.Diagnostics.Diagnostic> Diagnostics) Parsed =
        TranscriptFiles.ParseOk(TranscriptFiles.Fixture("english-podcast.txt"), "english-podcast.txt", "english-podcast");

    private static Transcript Podcast => Parsed.Transcript;

    [Fact]
    public void Parses_without_diagnostics()
    {
        Assert.Empty(Parsed.Diagnostics);
    }

    [Fact]
    public void Title_and_lede_skip_the_scrape_noise()
    {
        Assert.Equal("The Data Engineering Podcast: Why Pipelines Break", Podcast.Title);
        Assert.Equal(
            ["In this episode, three practitioners talk about why data pipelines fail in production and what to do about it.", "Below is an edited transcript."],
            Podcast.Lede.Select(p => p.Text));
    }

    [Fact]
    public void Guests_block_gives_names_aliases_roles_and_bios()
    {
        Assert.Equal(["dr-lena-okafor", "marco", "priya-natarajan"], Podcast.Speakers.Select(s => s.Slug));
        var lena = Podcast.Speakers[0];
        Assert.Equal("Dr. Lena Okafor", lena.Name);
        Assert.Equal("staff engineer at Streamline, previously at Shopify", lena.Bio);

        var marco = Podcast.Speakers[1];
        Assert.Equal("Marco Rossi", marco.Name);
        Assert.Equal(["Marco"], marco.Aliases);
        Assert.Equal("founder of Pipewise", marco.Bio);

        var priya = Podcast.Speakers[2];
        Assert.Equal("Priya Natarajan", priya.Name);
        Assert.Equal("Host", priya.Role);
        Assert.Equal(["DataTalk"], priya.Aliases);
        Assert.Equal("editor at DataTalk", priya.Bio);
        Assert.True(priya.IsHost);
    }

    [Fact]
    public void Highlights_entries_span_until_the_next_number()
    {
        Assert.Equal(3, Podcast.Highlights.Count);
        Assert.Equal("Contracts between teams matter more than tools;\nthe best teams write them down.", Podcast.Highlights[1].Text);
    }

    [Fact]
    public void Part_headings_win_over_the_speaker_rule()
    {
        Assert.Equal(["What changed?", "Contracts"], Podcast.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Name_alias_role_and_first_name_all_resolve_to_the_speaker()
    {
        Assert.Equal(
            ["priya-natarajan", "dr-lena-okafor", "marco", "priya-natarajan"],
            Podcast.Sections[0].Turns.Select(t => t.SpeakerSlug));
        Assert.Equal(
            ["priya-natarajan", "dr-lena-okafor", "marco", "marco"],
            Podcast.Sections[1].Turns.Select(t => t.SpeakerSlug));
        Assert.Equal(["And streams fail in new ways."], Podcast.Sections[0].Turns[1].Paragraphs.Skip(1).Select(p => p.Text));
    }

    [Fact]
    public void Markup_stays_literal_text()
    {
        var turns = Podcast.Sections[1].Turns;
        Assert.Contains("<script>alert(1)</script>", turns[1].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("*Exactly*. See [this](javascript:alert(1)) for a bad example.", turns[2].Paragraphs[0].Text);
        Assert.StartsWith("# not a heading", turns[2].Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal("# this hash stays text", turns[3].Paragraphs[0].Text);
    }

    [Fact]
    public void Credit_is_the_source_line_and_the_footer_is_dropped()
    {
        Assert.Equal("Source: DataTalk Podcast, episode 42", Podcast.Credit);
        Assert.DoesNotContain(Podcast.AllTurns.SelectMany(t => t.Paragraphs), p => p.Text.Contains("warehouse", StringComparison.Ordinal));
    }
}
