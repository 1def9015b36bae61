using Site.Diagnostics;
using Site.Glossary;

namespace Site.Tests.Glossary;

/// <summary>
/// Each folder under <c>Golden/</c> holds a <c>glossary.yml</c> and the diagnostics expected for it. Run with
/// <c>SITE_UPDATE_GOLDEN=1</c> to rewrite <c>expected.txt</c> after a deliberate change, then review the diff.
/// </summary>
public sealed class GlossaryDiagnosticsGoldenTests
{
    private static readonly string GoldenRoot = Path.Combine(TestGlossary.RepoRoot, "tests", "Site.Tests", "Glossary", "Golden");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(GoldenRoot).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        var folder = Path.Combine(GoldenRoot, name);
        var diagnostics = new DiagnosticBag();
        GlossaryLoader.Parse(File.ReadAllText(Path.Combine(folder, "glossary.yml")), "glossary.yml", diagnostics);
        var actual = string.Concat(diagnostics.ToSortedList().Select(d => d + "\n"));
        var expectedPath = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("SITE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}: run with SITE_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Missing_file_is_an_empty_glossary_without_diagnostics()
    {
        var diagnostics = new DiagnosticBag();
        var glossary = GlossaryLoader.Load(Path.Combine(GoldenRoot, "no-such-folder"), diagnostics);
        Assert.Same(Site.Glossary.Glossary.Empty, glossary);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Valid_glossary_reads_every_field()
    {
        var glossary = GlossaryLoader.Parse(File.ReadAllText(Path.Combine(GoldenRoot, "valid", "glossary.yml")), "glossary.yml", new DiagnosticBag());
        var agi = glossary.Find("agi")!;
        Assert.Equal(("通用人工智能", "Artificial General Intelligence", "世界模型与通用智能", 2), (agi.Zh, agi.En, agi.Category, agi.Line));
        Assert.Equal(["AGI", "通用人工智能", "强人工智能"], agi.Aliases);
        Assert.Equal("**AGI** 指……", agi.Definition);
        Assert.Equal(["world-model"], agi.Related);
        Assert.Equal([new GlossaryLink("Wikipedia: AGI", "https://en.wikipedia.org/wiki/Artificial_general_intelligence")], agi.Links);
    }

    [Fact]
    public void Real_glossary_has_49_terms_and_no_problems() => Assert.Equal(49, TestGlossary.Real().Terms.Count);
}
