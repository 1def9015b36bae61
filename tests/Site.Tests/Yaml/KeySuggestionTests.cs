using Site.Yaml;

namespace Site.Tests.Yaml;

public sealed class KeySuggestionTests
{
    private static readonly string[] Known = ["aliases", "title", "description", "baseUrl", "basePath", "navigation", "termLinks", "language"];

    [Theory]
    [InlineData("baseURL", "baseUrl")]
    [InlineData("base-url", "baseUrl")]
    [InlineData("termlinks", "termLinks")]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("navigaton", "navigation")]
    [InlineData("descripton", "description")]
    [InlineData("basepth", "basePath")]
    [InlineData("alias", "aliases")]
    public void A_misspelt_key_suggests_the_nearest_known_one(string key, string expected) =>
        Assert.Equal(expected, KeySuggestion.Nearest(key, Known));

    [Theory]
    [InlineData("title")]
    [InlineData("id")]
    [InlineData("twitter")]
    [InlineData("colour")]
    public void A_known_or_far_key_suggests_nothing(string key) =>
        Assert.Null(KeySuggestion.Nearest(key, Known));
}
