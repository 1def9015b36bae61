using Site.Diagnostics;
using Site.Tests.Support;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>
/// Control characters (C0 but tab and line feed, DEL, C1) are not text: they are removed from a transcript when it
/// is read, with one warning (SITE018) per file that counts them and points at the first, and none reaches a page.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Esc = "\u001B";
    private const string Bel = "\u0007";

    [Fact]
    public void Control_characters_are_removed_with_one_warning_at_the_first()
    {
        var text = $"Title{Bel}\nAnn: hi {Esc}[31mred\u0085\nBob: ok\u007F\u0000\nAnn: bye\r\nBob: bye\tthen\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("t.txt(1,6): warning SITE018: removed 5 control characters (the first, U+0007, here): transcript text is text, and they would reach the pages as invisible or terminal codes", warning.ToString());
        Assert.Equal("Title", transcript.Title);
        Assert.Equal(["hi [31mred", "ok", "bye", "bye\tthen"], transcript.AllTurns.Select(turn => turn.Paragraphs.Single().Text));
    }

    [Fact]
    public void The_first_control_character_is_placed_by_line_and_column()
    {
        var (_, diagnostics) = TranscriptFiles.ParseOk($"T\r\nAnn: hi\r\nBob: o{Esc}k\nAnn: bye\nBob: bye\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ControlCharacters, 3, 7), (warning.Code, warning.Line, warning.Column));
    }

    [Fact]
    public void Yaml_escapes_in_front_matter_make_no_control_characters_either()
    {
        var text = "---\ntitle: \"A\\e[2Jtitle\\a\"\nspeakers:\n  - name: \"Ann\\e\"\n    bio: \"x\\u0085y\"\n  - name: Bob\n---\nAnn: hi\nBob: ok\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);

        Assert.Equal("A[2Jtitle", transcript.Title);
        Assert.Equal(["Ann", "Bob"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal("xy", transcript.Speakers[0].Bio);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ControlCharacters, warning.Code);
        Assert.Contains("removed 4 control characters", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_control_characters_has_no_warning()
    {
        var (_, diagnostics) = TranscriptFiles.ParseOk("T\nAnn: hi\tthere\nBob: ok\nAnn: bye\nBob: bye\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task No_control_character_reaches_any_page()
    {
        using var folder = new TempFolder();
        folder.Write("input/site.yml", "title: Test\n");
        folder.Write("input/transcripts/raw.txt", $"Ti{Esc}tle{Bel}\n\nGuests:\n\n1. An{Bel}n{Esc} engineer\n2. Bob{Esc} editor\n\nPart 1: Sta{Esc}rt\n\nAnn{Bel}: hi {Esc}[31mred{Bel}\nBob: ok\u0085\nAnn: bye\u009B\n");
        folder.Write("input/transcripts/yaml.txt", "---\ntitle: \"Y\\e[2J\\a\"\nspeakers:\n  - name: \"Cy\\e\"\n    bio: \"b\\a\"\n  - name: Di\n---\nCy: hi\nDi: ok\n");

        var result = await folder.BuildSucceededAsync();

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.ControlCharacters));
        var pages = Directory.EnumerateFiles(folder.Combine("output"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(pages, page => page.EndsWith(Path.Combine("raw", "speakers", "ann", "index.html"), StringComparison.Ordinal));
        Assert.Contains(pages, page => File.ReadAllText(page).Contains("Title", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            var control = text.IndexOfAny([.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);
            Assert.True(control < 0, $"{page} has U+{(control < 0 ? 0 : text[control]):X4} at {control}");
        }
    }
}
