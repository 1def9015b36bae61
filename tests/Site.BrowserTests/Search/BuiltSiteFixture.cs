namespace Site.BrowserTests.Search;

/// <summary>The repo site built once for /sora-panel/ and served, shared by the search and glossary browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteFixture : ICollectionFixture<SearchSite>
{
    public const string Name = "built site";
}
