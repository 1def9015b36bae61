using System.Net;
using System.Text.RegularExpressions;

namespace Site.Tests.Publishing;

/// <summary>Every page says what a link to it should show: Open Graph and Twitter card tags from the page itself.</summary>
public sealed partial class SocialPreviewTests
{
    private const string Transcript = """
        ---
        title: A talk about tools
        speakers:
          - name: Ann
          - name: Bob
        ---
        A talk about tools

        01 Opening
        Ann: Tools shape the work. That is the whole claim.
        Bob: I would say the work shapes the tools.
        """;

    private static Dictionary<string, string> Meta(string html) =>
        MetaTag().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);

    [Fact]
    public async Task A_section_page_is_previewed_with_its_label_and_first_words_at_its_absolute_address()
    {
        using var site = new TestSite()
            .With("site.yml", "title: Talks\nlanguage: en\nbaseUrl: https://owner.github.io/talks/\n")
            .With("transcripts/tools.txt", Transcript);
        var result = await site.BuildAsync(baseUrl: null);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var meta = Meta(File.ReadAllText(Path.Combine(site.Output, "tools", "s01", "index.html")));
        Assert.Equal("https://owner.github.io/talks/tools/s01/", meta["og:url"]);
        Assert.Equal("article", meta["og:type"]);
        Assert.Equal("Opening", meta["og:title"]);
        Assert.Equal("Ann Tools shape the work. That is the whole claim. Bob I would say the work shapes the tools.", meta["og:description"]);
        Assert.Equal("summary", meta["twitter:card"]);
        Assert.Equal(meta["og:title"], meta["twitter:title"]);
        Assert.Equal(meta["og:description"], meta["twitter:description"]);
        Assert.Equal(meta["og:description"], meta["description"]);
    }

    [Fact]
    public async Task Without_a_base_url_there_is_no_og_url_but_the_card_is_complete()
    {
        using var site = new TestSite()
            .With("site.yml", "title: Talks\nlanguage: en\n")
            .With("transcripts/tools.txt", Transcript)
            .With("about.md", "---\ntitle: About\ndescription: What this site is.\n---\n\nIt is a site.\n");
        var result = await site.BuildAsync(baseUrl: null);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var meta = Meta(File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
        Assert.DoesNotContain("og:url", meta.Keys);
        Assert.Equal("About", meta["twitter:title"]);
        Assert.Equal("What this site is.", meta["twitter:description"]);
        Assert.Equal("summary", meta["twitter:card"]);
    }

    [GeneratedRegex("""<meta (?:property|name)="([^"]+)" content="([^"]*)">""")]
    private static partial Regex MetaTag();
}
