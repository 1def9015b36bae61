using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Search;
using Site.Tests.Support;

namespace Site.Tests.Feeds;

/// <summary>Search across languages: an English transcript in a zh-CN site is in the index that the site's pages load.</summary>
public sealed class SearchLanguageTests
{
    [Fact]
    public async Task An_english_transcript_is_in_the_index_of_a_chinese_site()
    {
        using var temp = new TempFolder();

        var result = await SeriesSite.BuildAsync(temp, new SearchOptions { ToolsFolder = Repository.Root });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Search);
        // Pagefind keeps one index per language and the search dialog loads the one of the page it is on: there must
        // be one, the site's, holding every page, the English transcript's too.
        using var entry = JsonDocument.Parse(temp.Read("output/pagefind/pagefind-entry.json"));
        var language = Assert.Single(entry.RootElement.GetProperty("languages").EnumerateObject());
        Assert.Equal("zh-cn", language.Name);
        var indexed = Directory.EnumerateFiles(temp.Combine("output"), "*.html", SearchOption.AllDirectories)
            .Where(page => Path.GetFileName(page) != "404.html") // the not-found page is left out of the index
            .Count(page => File.ReadAllText(page).Contains("data-pagefind-body", StringComparison.Ordinal));
        // Turns are sub-results of their section pages, so the index counts pages only.
        Assert.Equal(indexed, language.Value.GetProperty("page_count").GetInt32());
        Assert.Contains(Directory.EnumerateFiles(temp.Combine("output/panel"), "*.html", SearchOption.AllDirectories), page => Regex.IsMatch(File.ReadAllText(page), "<html lang=\"en\">"));
    }
}
