using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

public sealed class FrontMatterTests
{
    private const string Declared = """
        ---
        title: Declared title
        date: 2024-03-01
        source: https://example.com/panel
        speakers:
          - name: 张三
            aliases: [Zhang, 老张]
            bio: 研究员
          - name: Jane Roe
            role: host
            slug: moderator
          - name: 李四
        drop:
          - '^广告'
          - 'subscribe now'
        ---
        Some scraped heading that is not the title

        广告：点击这里
        Zhang: 大家好。
        老张：我再补充一点。
        Jane: Welcome.
        Please subscribe now!
        李四：谢谢。
        """;

    [Fact]
    public void Declared_values_win_over_detection()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(Declared);
        Assert.Empty(diagnostics);
        Assert.Equal("Declared title", transcript.Title);
        Assert.Equal("2024-03-01", transcript.Date);
        Assert.Equal("https://example.com/panel", transcript.SourceUrl);
        Assert.Equal(["Some scraped heading that is not the title"], transcript.Lede.Select(p => p.Text));
    }

    [Fact]
    public void Speakers_get_aliases_roles_and_slugs()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(Declared);
        Assert.Equal(["zhang", "moderator", "li-si"], transcript.Speakers.Select(s => s.Slug));
        Assert.True(transcript.Speakers[1].IsHost);
        Assert.Equal("研究员", transcript.Speakers[0].Bio);
        Assert.Equal(6, transcript.Speakers[0].Line);
        // "Jane" matches the first name of "Jane Roe"; 老张 and Zhang are both 张三.
        Assert.Equal(["zhang", "zhang", "moderator", "li-si"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Fact]
    public void Drop_patterns_remove_matching_lines()
    {
        var (transcript, _) = TranscriptFiles.ParseOk(Declared);
        var texts = transcript.Lede.Concat(transcript.AllTurns.SelectMany(t => t.Paragraphs)).Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("广告", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("subscribe", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_yaml_is_SITE303_at_its_line_in_the_file()
    {
        var result = TranscriptParser.Parse("---\ntitle: ok\nspeakers: [unclosed\n---\nA: x\nA: y\n", "bad.txt", "bad");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.InvalidTranscriptFrontMatter, error.Code);
        Assert.Equal("bad.txt", error.Path);
        Assert.InRange(error.Line, 3, 4);
        Assert.StartsWith("bad.txt(", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_shapes_are_SITE303_at_the_node()
    {
        var result = TranscriptParser.Parse("---\nspeakers:\n  - bio: no name\n  - name: Ann\n---\nAnn: one\n", "f.txt", "f");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidTranscriptFrontMatter, 3, 5), (error.Code, error.Line, error.Column));
        Assert.Equal("ann", Assert.Single(result.Transcript!.Speakers).Slug);
    }

    [Fact]
    public void Unclosed_front_matter_is_SITE303()
    {
        var result = TranscriptParser.Parse("---\ntitle: x\nA: one\nA: two\n", "u.txt", "u");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidTranscriptFrontMatter && d.Line == 1);
    }

    [Fact]
    public void Invalid_drop_regex_is_SITE305_at_its_position()
    {
        var result = TranscriptParser.Parse("---\ndrop:\n  - 'ok'\n  - '(unclosed'\n---\nAnn: one\nAnn: two\n", "d.txt", "d");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidDropPattern, 4, 5), (error.Code, error.Line, error.Column));
        Assert.NotNull(result.Transcript);
    }

    [Fact]
    public void Duplicate_declared_slugs_are_SITE306_and_made_unique()
    {
        var result = TranscriptParser.Parse("---\nspeakers:\n  - name: Ann\n    slug: a\n  - name: Bob\n    slug: a\n---\nAnn: one\nBob: two\n", "s.txt", "s");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.DuplicateSlug, 5), (error.Code, error.Line));
        Assert.Equal(["a", "a-2"], result.Transcript!.Speakers.Select(s => s.Slug));
    }

    [Fact]
    public void Front_matter_speakers_win_over_the_guest_block()
    {
        var text = "---\nspeakers:\n  - name: Ann\n---\nT\n\nGuests:\n1. Bob Stone, designer\n\nAnn: hi\nBob: hello\n";
        var result = TranscriptParser.Parse(text, "g.txt", "g");
        Assert.Equal(["ann"], result.Transcript!.Speakers.Select(s => s.Slug));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownSpeaker && d.Line == 11);
    }
}
