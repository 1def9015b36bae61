using Site.Diagnostics;
using Site.Documents;
using Site.Modules.Process;

namespace Site.Tests.Yaml;

public sealed class FrontMatterTests
{
    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Extract(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = ExtractFrontMatter.Extract(new Document { Source = "page.md", Content = text }, diagnostics);
        return (document, diagnostics.ToSortedList());
    }

    [Fact]
    public void Front_matter_becomes_metadata_and_the_body_stays()
    {
        var (document, diagnostics) = Extract("---\ntitle: 标题\norder: 3\ndraft: false\ntags: [a, b]\n---\nBody\n");

        Assert.Empty(diagnostics);
        Assert.Equal("标题", document.GetString(MetadataKeys.Title));
        Assert.Equal("Body\n", document.Content);
        Assert.Equal(7, document.Get<int>(MetadataKeys.BodyLine));
        var values = document.Get<Dictionary<string, object?>>(MetadataKeys.FrontMatter)!;
        Assert.Equal(3L, values["order"]);
        Assert.Equal(false, values["draft"]);
        Assert.Equal(["a", "b"], (List<object?>)values["tags"]!);
    }

    [Fact]
    public void Crlf_front_matter_is_read()
    {
        var (document, diagnostics) = Extract("---\r\ntitle: Windows\r\n---\r\nBody\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal("Windows", document.GetString(MetadataKeys.Title));
    }

    [Fact]
    public void Text_without_front_matter_is_all_body()
    {
        var (document, diagnostics) = Extract("# Title\n\n---\n\nText\n");

        Assert.Empty(diagnostics);
        Assert.Equal("# Title\n\n---\n\nText\n", document.Content);
    }

    [Fact]
    public void A_yaml_error_is_reported_at_its_line_in_the_file()
    {
        var (_, diagnostics) = Extract("---\ntitle: ok\nbad: : :\n---\nBody\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidFrontMatter, error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var (_, diagnostics) = Extract("---\n- a\n- b\n---\nBody\n");

        Assert.Equal(DiagnosticCodes.InvalidFrontMatter, Assert.Single(diagnostics).Code);
    }
}
