using Site.Urls;

namespace Site.Tests.Urls;

public sealed class UrlHelperTests
{
    [Theory]
    [InlineData("/", "/about/", "/about/")]
    [InlineData("/sora-panel/", "/about/", "/sora-panel/about/")]
    [InlineData("sora-panel", "/", "/sora-panel/")]
    [InlineData("/sora-panel/", "/sora-panel/s01/", "/sora-panel/sora-panel/s01/")]
    [InlineData("/sora-panel/", "#top", "#top")]
    [InlineData("/sora-panel/", "https://example.com/x", "https://example.com/x")]
    [InlineData("/sora-panel/", "//cdn.example.com/x", "//cdn.example.com/x")]
    [InlineData("/sora-panel/", "relative/page/", "relative/page/")]
    public void Site_urls_get_the_base_path(string basePath, string url, string expected) =>
        Assert.Equal(expected, new UrlHelper(basePath, string.Empty).Url(url));

    [Fact]
    public void Absolute_urls_use_the_base_url() =>
        Assert.Equal("https://owner.github.io/sora-panel/s01/", new UrlHelper("/sora-panel/", "https://owner.github.io/sora-panel/").AbsoluteUrl("/s01/"));
}
