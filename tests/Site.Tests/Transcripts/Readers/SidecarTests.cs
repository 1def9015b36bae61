using Site.Diagnostics;
using Site.Transcripts;
using static Site.Tests.Transcripts.Readers.ReaderSamples;

namespace Site.Tests.Transcripts.Readers;

public sealed class SidecarTests
{
    private const string Vtt = "WEBVTT Title in the file\n\n00:00:01.000 --> 00:00:05.000\n<v Travis>Intro words.\n\n00:01:00.000 --> 00:01:10.000\n<v Travis>Still me, now in part two.\n\n00:01:10.000 --> 00:01:20.000\n<v Sarah A.>Audio matters.\n";

    private static TranscriptHeader Sidecar(string yaml, List<Diagnostic> diagnostics) =>
        TranscriptFrontMatter.ReadSidecar(yaml, "talk.yml", diagnostics);

    [Fact]
    public void The_sidecar_gives_title_media_language_and_maps_voices_to_declared_speakers()
    {
        var diagnostics = new List<Diagnostic>();
        var header = Sidecar("title: Ten things\ndate: 2024-05-01\nmedia: https://example.org/ep1.mp3\nlanguage: en\nspeakers:\n  - name: Travis Albritton\n    aliases: [Travis]\n    role: Host\n  - name: Sarah Haynes\n    aliases: Sarah A.\n    slug: sarah\n", diagnostics);
        var transcript = Model(Read(Vtt, "talk.vtt", header));

        Assert.Empty(diagnostics);
        Assert.Equal(("Ten things", "2024-05-01", "https://example.org/ep1.mp3", "en"), (transcript.Title, transcript.Date, transcript.Media, transcript.Language));
        Assert.Equal([("Travis Albritton", "travis"), ("Sarah Haynes", "sarah")], transcript.Speakers.Select(speaker => (speaker.Name, speaker.Slug)));
        Assert.True(transcript.Speakers[0].IsHost);
        Assert.Equal(["travis", "sarah"], Turns(transcript).Select(turn => turn.Speaker));
    }

    [Fact]
    public void Without_a_sidecar_title_the_text_after_WEBVTT_is_the_title()
    {
        Assert.Equal("Title in the file", Model(Read(Vtt, "talk.vtt")).Title);
    }

    [Fact]
    public void Chapters_make_sections_and_split_turns_at_their_starts()
    {
        var diagnostics = new List<Diagnostic>();
        var header = Sidecar("chapters:\n  - start: 0\n    title: Intro\n  - start: '0:01:00'\n    title: Audio\n  - start: 1:30\n    title: Empty\n", diagnostics);
        var result = Read(Vtt, "talk.vtt", header);
        var transcript = Model(result);

        Assert.Empty(diagnostics);
        Assert.Equal([("Intro", 0.0), ("Audio", 60.0)], transcript.Sections.Select(section => (section.Title, section.Start!.Value)));
        Assert.Equal(["s01-t01"], transcript.Sections[0].Turns.Select(turn => turn.Id));
        Assert.Equal(["s02-t01", "s02-t02"], transcript.Sections[1].Turns.Select(turn => turn.Id));
        Assert.Equal(60.0, transcript.Sections[1].Turns[0].Start);
        Assert.Equal(6, Single(result, DiagnosticCodes.InvalidChapters).Line);
    }

    [Fact]
    public void Without_chapters_there_is_one_untitled_section()
    {
        var section = Assert.Single(Model(Read(Vtt, "talk.vtt")).Sections);

        Assert.Equal(("", "s01", 1.0), (section.Title, section.Slug, section.Start!.Value));
        Assert.Equal(["s01-t01", "s01-t02"], section.Turns.Select(turn => turn.Id));
    }

    [Fact]
    public void Unknown_keys_are_SITE012_naming_the_nearest_known_key()
    {
        var diagnostics = new List<Diagnostic>();
        Sidecar("titel: x\nspeakers:\n  - name: Ann\n    alias: A\n", diagnostics);

        Assert.Equal(
            [(1, 1, "unknown key 'titel' is ignored; did you mean 'title'?"), (4, 5, "unknown key 'alias' is ignored; did you mean 'aliases'?")],
            diagnostics.Select(d => (d.Line, d.Column, d.Message)));
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.UnknownKey, false), (d.Code, d.IsError)));
    }

    [Fact]
    public void Impossible_dates_and_wrong_types_are_SITE013_errors_at_their_position()
    {
        var diagnostics = new List<Diagnostic>();
        var header = Sidecar("date: 2024-13-45\ntitle: [a, b]\nchapters:\n  - start: soon\n    title: X\n", diagnostics);

        Assert.Equal([(1, 7), (2, 8), (4, 12)], diagnostics.Select(d => (d.Line, d.Column)).Order());
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.InvalidValue, true), (d.Code, d.IsError)));
        Assert.Null(header.Date);
    }

    [Fact]
    public void Script_urls_in_source_and_media_are_SITE011_and_dropped()
    {
        var diagnostics = new List<Diagnostic>();
        var header = Sidecar("source: \"javascript:alert(document.domain)\"\nmedia: ' JaVa\tScRiPt:alert(1)'\n", diagnostics);

        Assert.Equal([(DiagnosticCodes.UnsafeUrl, 1, 9), (DiagnosticCodes.UnsafeUrl, 2, 8)], diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Null(header.Source);
        Assert.Null(header.Media);
    }

    [Fact]
    public void Text_front_matter_takes_media_and_language_and_checks_them_too()
    {
        var good = TranscriptParser.Parse("---\nmedia: /audio/ep1.mp3\nlanguage: zh\n---\nAnn: one\nAnn: two\n", "t.txt", "t");
        var bad = TranscriptParser.Parse("---\nsource: data:text/html,hi\nmedai: x\n---\nAnn: one\nAnn: two\n", "b.txt", "b");

        Assert.Equal(("/audio/ep1.mp3", "zh"), (good.Transcript!.Media, good.Transcript.Language));
        Assert.Equal([(DiagnosticCodes.UnknownKey, 3), (DiagnosticCodes.UnsafeUrl, 2)], bad.Diagnostics.Select(d => (d.Code, d.Line)).OrderByDescending(d => d.Item1));
        Assert.Null(bad.Transcript!.SourceUrl);
    }
}
