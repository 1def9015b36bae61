namespace Site.Urls;

/// <summary>
/// The one place where site URLs get the base path: templates (through the <c>url</c> function), Markdown link
/// rewriting and generators all call it, so a site published under <c>/repo/</c> has no broken links.
/// </summary>
public sealed class UrlHelper(string basePath, string baseUrl)
{
    public string BasePath { get; } = NormalizeBasePath(basePath);

    public string BaseUrl { get; } = baseUrl;

    /// <summary>Makes a site-relative URL (<c>/about/</c>) absolute-path under the base path (<c>/repo/about/</c>).
    /// External URLs, fragments, and relative paths are returned unchanged. Call it once per URL: a site may have
    /// a folder named like its base path (<c>/sora-panel/sora-panel/s01/</c>), so it cannot guess what was done.</summary>
    public string Url(string url)
    {
        if (url.Length == 0 || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        if (BasePath == "/")
        {
            return url;
        }

        return string.Concat(BasePath.AsSpan(0, BasePath.Length - 1), url);
    }

    /// <summary>The absolute URL (for canonical links, sitemaps, Open Graph); the base-path URL when no base URL is set.</summary>
    public string AbsoluteUrl(string url)
    {
        var path = Url(url);
        if (BaseUrl.Length == 0 || path.Length == 0 || path[0] != '/')
        {
            return path;
        }

        var authority = new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);
        return authority + path;
    }

    public static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
