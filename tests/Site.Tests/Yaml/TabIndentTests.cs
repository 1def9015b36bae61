using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Yaml;

/// <summary>A tab in YAML indentation is reported on the line and column of the tab, not where the value it broke
/// began.</summary>
public sealed class TabIndentTests
{
    private const string Message = "invalid YAML: this line is indented with a tab; YAML indents with spaces";

    private static async Task<string> FirstErrorAsync(string file, string text)
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");
        temp.Write(file, text);
        var result = await temp.BuildAsync();
        var error = result.Diagnostics.First(d => d.IsError && d.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
        return $"{Path.GetFileName(error.Path)}({error.Line},{error.Column}): {error.Code}: {error.Message}";
    }

    [Theory]
    [InlineData("title: A\ndescription: b\n\tauthor: c\n", "site.yml(3,1)")]
    [InlineData("title: A\nnavigation:\n  - title: x\n\turl: /\n", "site.yml(4,1)")]
    [InlineData("title: A\nnav:\n\t- title: x\n", "site.yml(3,1)")]
    public async Task A_tab_in_site_yml_is_reported_on_its_line(string yaml, string position) =>
        Assert.Equal($"{position}: {DiagnosticCodes.InvalidSettings}: {Message}", await FirstErrorAsync("input/site.yml", yaml));

    [Fact]
    public async Task A_tab_in_glossary_yml_is_reported_on_its_line() =>
        Assert.Equal(
            $"glossary.yml(3,3): {DiagnosticCodes.InvalidGlossary}: {Message}",
            await FirstErrorAsync("input/glossary.yml", "- id: agi\n  zh: 通用人工智能\n  \ten: AGI\n  short: x\n  definition: y\n"));

    [Fact]
    public async Task A_tab_in_transcript_front_matter_is_reported_on_its_line() =>
        Assert.Equal(
            $"talk.txt(4,1): {DiagnosticCodes.InvalidTranscriptFrontMatter}: {Message}",
            await FirstErrorAsync("input/transcripts/talk.txt", "---\ntitle: Talk\ndate: 2024-01-01\n\tsource: x\n---\nTalk\n\nHost: Hello.\n"));
}
