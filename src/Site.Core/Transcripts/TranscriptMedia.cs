namespace Site.Transcripts;

/// <summary>What kind of player a transcript's recording (<see cref="Transcript.Media"/>) gets.</summary>
public static class TranscriptMedia
{
    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase) { ".mp4", ".m4v", ".webm", ".mov", ".ogv" };

    /// <summary>
    /// <c>youtube</c> for a YouTube video's address (<see cref="YouTubeVideo"/>), <c>video</c> for a video file's
    /// extension, else <c>audio</c> (mp3, m4a, aac, ogg, oga, opus, wav, flac and anything unknown); null when there
    /// is no media, its URL is not http(s) or relative, or it is a YouTube page that is not a video.
    /// </summary>
    public static string? Kind(string? url)
    {
        if (url is null || url.Trim().Length == 0 || !IsAllowed(url.Trim()))
        {
            return null;
        }

        var path = url.Trim();
        if (YouTubeVideo.IsYouTube(path))
        {
            return YouTubeVideo.Id(path) is null ? null : "youtube";
        }

        var end = path.IndexOfAny(['?', '#']);
        path = end >= 0 ? path[..end] : path;
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash && VideoExtensions.Contains(path[dot..]) ? "video" : "audio";
    }

    /// <summary>Whether the recording is a file a podcast app can download (an enclosure), not a page that plays it.</summary>
    public static bool IsFile(string? url) => Kind(url) is "audio" or "video";

    private static bool IsAllowed(string url)
    {
        var colon = url.IndexOf(':');
        var firstDelimiter = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        return !hasScheme ||
            url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }
}
