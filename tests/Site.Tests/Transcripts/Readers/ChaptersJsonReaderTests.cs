using Site.Diagnostics;
using Site.Transcripts.Readers;

namespace Site.Tests.Transcripts.Readers;

public sealed class ChaptersJsonReaderTests
{
    [Fact]
    public void Chapters_are_read_with_their_positions_and_bad_entries_are_SITE312()
    {
        var diagnostics = new List<Diagnostic>();
        var chapters = ChaptersJsonReader.Read("{\"version\": \"1.2.0\",\n \"chapters\": [\n  {\"startTime\": 0, \"title\": \"Intro\", \"img\": \"x.png\"},\n  {\"title\": \"No start\"},\n  {\"startTime\": 95.5, \"title\": \"Main\"}\n]}", "e.chapters.json", diagnostics);

        Assert.Equal([("Intro", 0.0, 3), ("Main", 95.5, 5)], chapters.Select(chapter => (chapter.Title, chapter.Start, chapter.Line)));
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidChapters, 4, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Broken_json_is_SITE312_at_the_reader_position()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Empty(ChaptersJsonReader.Read("{\"chapters\": [\n  {\"startTime\": 0 \"title\": \"x\"}\n]}", "b.chapters.json", diagnostics));
        Assert.Equal((DiagnosticCodes.InvalidChapters, 2, 19), (Assert.Single(diagnostics).Code, diagnostics[0].Line, diagnostics[0].Column));
    }

    [Fact]
    public void Broken_json_after_chinese_titles_is_SITE312_at_the_column_in_characters()
    {
        var path = Path.Combine(Site.Tests.Support.Golden.ProjectFolder, "Transcripts/Readers/Samples/broken-chinese.chapters.json");
        var diagnostics = new List<Diagnostic>();

        Assert.Empty(ChaptersJsonReader.Read(File.ReadAllText(path), "broken-chinese.chapters.json", diagnostics));
        var line = File.ReadAllLines(path)[4];
        Assert.Equal((DiagnosticCodes.InvalidChapters, 5, line.IndexOf("\"img\"", StringComparison.Ordinal) + 1), (Assert.Single(diagnostics).Code, diagnostics[0].Line, diagnostics[0].Column));
    }
}
