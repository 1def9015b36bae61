using Site.Configuration;
using Site.Episodes;
using Site.Urls;

namespace Site.Feeds;

/// <summary>
/// What every feed says of the site and its episodes, with URLs made absolute from the base URL (feed readers and
/// podcast apps fetch them from elsewhere, so a root-relative URL means nothing to them).
/// </summary>
/// <param name="Episodes">Newest first (<see cref="EpisodeOrder"/>).</param>
public sealed record FeedSite(SiteSettings Settings, UrlHelper Urls, IReadOnlyList<Episode> Episodes)
{
    public const string AtomFile = "feed.atom";
    public const string RssFile = "feed.rss";
    public const string JsonFile = "feed.json";

    /// <summary>The feeds' own time when no episode has a date: fixed, so a build gives the same bytes every time.</summary>
    public static readonly EpisodeDate NoDate = new(DateTimeOffset.UnixEpoch, HasTime: true);

    public string HomeUrl => Urls.AbsoluteUrl("/");

    public string Absolute(string rootRelative) => Urls.AbsoluteUrl(rootRelative);

    /// <summary>The newest episode's date: when the feed last changed, as far as its entries say.</summary>
    public EpisodeDate Updated => Episodes.Select(episode => episode.Date).FirstOrDefault(date => date is not null) ?? NoDate;

    public string Description => Settings.Description.Length > 0 ? Settings.Description : Settings.Title;

    /// <summary>
    /// The recording's absolute URL: a root-relative one under the base URL, a page-relative one (<c>audio/a.mp3</c>)
    /// against its overview page, as the player resolves it.
    /// </summary>
    public string MediaUrl(Episode episode)
    {
        var media = episode.Media!;
        if (media.StartsWith('/') && !media.StartsWith("//", StringComparison.Ordinal))
        {
            return Absolute(media);
        }

        return Uri.TryCreate(new Uri(Absolute(episode.Url)), media, out var resolved) ? resolved.AbsoluteUri : media;
    }

    /// <summary>The recording's media type from its extension (what podcast apps need in an enclosure).</summary>
    public static string MediaType(string url)
    {
        var path = url.Split('?', '#')[0];
        var dot = path.LastIndexOf('.');
        var extension = dot > path.LastIndexOf('/') ? path[(dot + 1)..].ToLowerInvariant() : string.Empty;
        return extension switch
        {
            "mp3" => "audio/mpeg",
            "m4a" or "m4b" => "audio/mp4",
            "aac" => "audio/aac",
            "ogg" or "oga" => "audio/ogg",
            "opus" => "audio/opus",
            "wav" => "audio/wav",
            "flac" => "audio/flac",
            "mp4" or "m4v" => "video/mp4",
            "webm" => "video/webm",
            "mov" => "video/quicktime",
            "ogv" => "video/ogg",
            _ => "application/octet-stream",
        };
    }
}
