using System.Net;

namespace Site.Tests.Serving;

/// <summary>The preview serves the site under the same path as production, so its links behave alike.</summary>
public sealed class DevServerBasePathTests
{
    [Fact]
    public async Task The_base_path_of_site_yml_mounts_the_site_and_the_root_redirects_to_it()
    {
        await using var site = await ServedSite.StartAsync(
            folder => folder.Write("input/site.yml", "title: Test site\nbaseUrl: https://owner.github.io/sora-panel/\n"),
            watch: false);

        using var root = await site.GetAsync("/");
        using var withoutSlash = await site.GetAsync("/sora-panel");
        var about = await site.GetTextAsync("/sora-panel/about/");
        using var outside = await site.GetAsync("/about/");

        Assert.Equal("/sora-panel/", site.Server.State.BasePath);
        Assert.EndsWith(":" + site.Server.Port + "/sora-panel/", site.Server.Url.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/sora-panel/", root.Headers.Location?.OriginalString);
        Assert.Equal("/sora-panel/", withoutSlash.Headers.Location?.OriginalString);
        Assert.Contains(ServedSite.AboutText, about, StringComparison.Ordinal);
        Assert.Contains("href=\"/sora-panel/assets/css/site.css\"", about, StringComparison.Ordinal);
        Assert.Contains("data-base=\"/sora-panel/\"", about, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task The_base_url_option_overrides_site_yml()
    {
        await using var site = await ServedSite.StartAsync(watch: false, baseUrl: "/preview/");

        var css = await site.GetTextAsync("/preview/assets/css/site.css");
        using var events = await site.OpenEventsAsync("/preview/");

        Assert.NotEmpty(css);
        Assert.Equal("text/event-stream; charset=utf-8", events.ContentType);
        Assert.Equal("state", (await events.NextAsync()).Name);
    }
}
