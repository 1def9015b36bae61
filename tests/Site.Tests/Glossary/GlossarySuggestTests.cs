using Site.Cli;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Glossary;

public sealed class GlossarySuggestTests
{
    private static readonly string[] NameKeys = ["zh", "en"];

    private static async Task<(int Exit, string Output, string Error)> SuggestAsync(string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["glossary", "suggest", "--input", input, "--top", "10"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Suggestions_for_the_Sora_panel_are_pasteable_yaml_without_known_terms_or_speakers()
    {
        var (exit, output, error) = await SuggestAsync(Path.Combine(Repository.Root, "input"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var diagnostics = new DiagnosticBag();
        var entries = Assert.IsType<YamlSequenceNode>(YamlText.Parse(output, "suggest", 1, DiagnosticCodes.InvalidGlossary, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
        var names = entries.Children.Cast<YamlMappingNode>()
            .SelectMany(entry => NameKeys.Select(key => ((YamlScalarNode)entry.Children[key]).Value ?? string.Empty))
            .Where(name => name.Length > 0)
            .ToList();

        Assert.Contains("Midjourney", names);              // a Latin word used more than once
        Assert.DoesNotContain("Transformer", names);        // already in glossary.yml
        Assert.DoesNotContain("扩散模型", names);
        Assert.DoesNotContain("Ethan", names);              // a speaker, not a term
        Assert.DoesNotContain("Shaun", names);
        Assert.Contains("# Chinese keywords by TF-IDF", output, StringComparison.Ordinal);
        Assert.True(entries.Children.Count > 10, "jieba's TF-IDF keywords come after the Latin words");
    }

    [Fact]
    public async Task A_folder_without_transcripts_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", "title: Empty\n");

        var (exit, _, error) = await SuggestAsync(temp.Combine("input"));

        Assert.Equal(1, exit);
        Assert.Contains("transcripts", error, StringComparison.Ordinal);
    }
}
