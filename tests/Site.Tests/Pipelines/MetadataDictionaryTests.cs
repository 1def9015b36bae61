using Site.Documents;

namespace Site.Tests.Pipelines;

/// <summary>A document's metadata is an immutable map: setting a key makes a new one and leaves the old as it was.</summary>
public sealed class MetadataDictionaryTests
{
    [Fact]
    public void Setting_a_key_adds_or_replaces_it_in_a_new_map()
    {
        var empty = MetadataDictionary.Empty;
        var one = empty.SetItem("title", "A");
        var two = one.SetItem("layout", "page");
        var replaced = two.SetItem("title", "B");

        Assert.Empty(empty);
        Assert.Equal([new KeyValuePair<string, object?>("title", "A")], one);
        Assert.Equal(2, two.Count);
        Assert.Equal("A", two["title"]);
        Assert.Equal("B", replaced["title"]);
        Assert.Equal(["title", "layout"], replaced.Keys);
        Assert.Equal(["B", "page"], replaced.Values);
    }

    [Fact]
    public void Keys_are_compared_by_their_characters_not_only_by_reference()
    {
        var map = MetadataDictionary.Empty.SetItem("url", "/a/").SetItem("isPage", true);
        var key = new string("url".ToCharArray());

        Assert.True(map.ContainsKey(key));
        Assert.True(map.TryGetValue(key, out var url));
        Assert.Equal("/a/", url);
        Assert.False(map.TryGetValue("URL", out _));
        Assert.Throws<KeyNotFoundException>(() => map["missing"]);
    }

    [Fact]
    public void Documents_share_nothing_they_did_not_set()
    {
        var page = new Document { Source = "a.md" }.WithMetadata("title", "A");
        var copy = page.WithMetadata([new("title", "B"), new("order", 2)]);

        Assert.Equal("A", page.GetString("title"));
        Assert.Equal("B", copy.GetString("title"));
        Assert.Equal(2, copy.Get<int>("order"));
        Assert.False(page.Metadata.ContainsKey("order"));
    }

    [Fact]
    public void Setting_several_keys_replaces_in_place_and_appends_in_order()
    {
        var map = MetadataDictionary.Empty.SetItem("title", "A").SetItem("layout", "page");

        var changed = map.SetItems([new("layout", "section"), new("url", "/a/"), new("title", "B"), new("url", "/b/")]);

        Assert.Equal(["title", "layout", "url"], changed.Keys);
        Assert.Equal(["B", "section", "/b/"], changed.Values);
        Assert.Equal(["A", "page"], map.Values);
        Assert.Same(map, map.SetItems([]));
    }
}
