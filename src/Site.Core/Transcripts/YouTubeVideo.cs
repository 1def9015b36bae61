namespace Site.Transcripts;

/// <summary>
/// A <c>media:</c> URL that names a YouTube video (watch, share, embed, live and shorts addresses): it plays in
/// YouTube's privacy-enhanced embed, driven by its iframe API, instead of an audio or video element that could not
/// play a web page.
/// </summary>
public static class YouTubeVideo
{
    private static readonly HashSet<string> Hosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
        "youtube-nocookie.com", "www.youtube-nocookie.com",
    };

    /// <summary>Whether the URL is on one of YouTube's hosts (a video or not: a channel or playlist is no recording).</summary>
    public static bool IsYouTube(string? url) =>
        Parse(url) is { } uri && (Hosts.Contains(uri.Host) || uri.Host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase));

    /// <summary>The video's id (11 characters of <c>A-Z a-z 0-9 _ -</c>), or null when the URL names none.</summary>
    public static string? Id(string? url)
    {
        if (Parse(url) is not { } uri)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (uri.Host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length == 1 ? Valid(segments[0]) : null;
        }

        if (!Hosts.Contains(uri.Host))
        {
            return null;
        }

        if (segments is ["watch"])
        {
            return Valid(QueryValue(uri.Query, "v"));
        }

        return segments is [("embed" or "live" or "shorts" or "v"), var id] ? Valid(id) : null;
    }

    /// <summary>The privacy-enhanced embed of a video, with the iframe API on (the page's script drives it).</summary>
    public static string EmbedUrl(string id) => $"https://www.youtube-nocookie.com/embed/{id}?enablejsapi=1&rel=0&playsinline=1";

    private static Uri? Parse(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? Valid(string? id) =>
        id is { Length: 11 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? id : null;

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
