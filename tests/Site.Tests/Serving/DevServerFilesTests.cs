using System.Net;

namespace Site.Tests.Serving;

public sealed class DevServerFilesTests
{
    [Fact]
    public async Task Pages_are_served_as_utf8_html_with_the_live_reload_script_and_no_caching()
    {
        await using var site = await ServedSite.StartAsync(watch: false);

        using var response = await site.GetAsync("/about/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(ServedSite.AboutText, html, StringComparison.Ordinal);
        Assert.Contains("id=\"__site-live\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_is_added_by_the_server_only_never_to_the_built_files()
    {
        await using var site = await ServedSite.StartAsync(watch: false);

        var built = await File.ReadAllTextAsync(Path.Combine(site.Output, "about", "index.html"));

        Assert.DoesNotContain("__site-live", built, StringComparison.Ordinal);
        Assert.DoesNotContain("__site/events", built, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/css/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/js/site.js", "text/javascript; charset=utf-8")]
    [InlineData("/data/terms.json", "application/json; charset=utf-8")]
    [InlineData("/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/notes.md.txt", "text/plain; charset=utf-8")]
    [InlineData("/images/dot.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("/images/pixel.png", "image/png")]
    [InlineData("/captions/talk.vtt", "text/vtt; charset=utf-8")]
    [InlineData("/captions/talk.srt", "application/x-subrip; charset=utf-8")]
    public async Task Assets_are_served_with_their_content_type(string path, string contentType)
    {
        await using var site = await ServedSite.StartAsync(
            folder =>
            {
                folder.Write("input/data/terms.json", "{}");
                folder.Write("input/feed.xml", "<feed/>");
                folder.Write("input/robots.txt", "User-agent: *");
                folder.Write("input/notes.md.txt", "notes");
                folder.Write("input/images/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
                folder.Write("input/captions/talk.vtt", "WEBVTT\n");
                folder.Write("input/captions/talk.srt", "1\n");
                File.WriteAllBytes(folder.Combine("input/images/pixel.png"), [0x89, 0x50, 0x4E, 0x47]);
            },
            watch: false);

        using var response = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("__site-live", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_it()
    {
        await using var site = await ServedSite.StartAsync(watch: false);

        using var response = await site.GetAsync("/about?x=1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/about/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_folder_without_an_index_is_not_listed()
    {
        await using var site = await ServedSite.StartAsync(folder => folder.Write("input/images/dot.svg", "<svg/>"), watch: false);

        using var response = await site.GetAsync("/images/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("dot.svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_gets_the_sites_404_page_with_status_404()
    {
        await using var site = await ServedSite.StartAsync(folder => folder.Write("input/404.html", "<html><body>Our own lost page</body></html>"), watch: false);

        using var response = await site.GetAsync("/no/such/page/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Our own lost page", html, StringComparison.Ordinal);
        Assert.Contains("__site-live", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_404_page_in_the_build_a_built_in_one_is_served()
    {
        await using var site = await ServedSite.StartAsync(watch: false);

        using var response = await site.GetAsync("/no-such-file.css");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_requests_get_headers_only_and_other_methods_are_refused()
    {
        await using var site = await ServedSite.StartAsync(watch: false);

        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/about/", UriKind.Relative)));
        using var post = await site.Client.PostAsync(new Uri("/about/", UriKind.Relative), new StringContent("x"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("bytes=2-5", 206, "2345", "bytes 2-5/10")]
    [InlineData("bytes=7-", 206, "789", "bytes 7-9/10")]
    [InlineData("bytes=-4", 206, "6789", "bytes 6-9/10")]
    [InlineData("bytes=8-100", 206, "89", "bytes 8-9/10")]
    [InlineData("bytes=10-", 416, "", "bytes */10")]
    [InlineData("bytes=0-1,4-5", 200, "0123456789", null)]
    [InlineData("items=0-1", 200, "0123456789", null)]
    public async Task Recordings_are_served_in_ranges_so_the_player_can_seek(string range, int status, string body, string? contentRange)
    {
        await using var site = await ServedSite.StartAsync(folder => folder.Write("input/audio/talk.mp3", "0123456789"), watch: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/audio/talk.mp3", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal(contentRange, response.Content.Headers.TryGetValues("Content-Range", out var values) ? values.Single() : null);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
    }
}
