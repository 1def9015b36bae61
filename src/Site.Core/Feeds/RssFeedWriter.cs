using System.Xml;
using Site.Episodes;
using Site.Transcripts.Exports;

namespace Site.Feeds;

/// <summary>
/// The RSS 2.0 feed with the Podcasting 2.0 namespace, for podcast apps: each episode's recording as an
/// <c>&lt;enclosure&gt;</c> and, for a timed episode, its WebVTT and JSON exports as <c>&lt;podcast:transcript&gt;</c> and its chapters as <c>&lt;podcast:chapters&gt;</c>.
/// Written with <see cref="XmlWriter"/>, not System.ServiceModel.Syndication's Rss20FeedFormatter: that one leaves
/// out an enclosure's <c>length</c> when it is 0 (RSS requires it; 0 is what podcast apps take for "unknown"),
/// declares extension namespaces on <c>&lt;channel&gt;</c> where podcast validators look on <c>&lt;rss&gt;</c>, and
/// writes UTC as <c>Z</c>, which some readers do not take in an RFC 822 date.
/// </summary>
public static class RssFeedWriter
{
    public const string MediaType = "application/rss+xml";
    public const string PodcastNamespace = "https://podcastindex.org/namespace/1.0";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The exports podcast apps read as transcripts (of the Podcasting 2.0 list of types).</summary>
    private static readonly string[] TranscriptTypes = ["text/vtt", "application/json"];

    public static string Write(FeedSite site) => SyndicationFeeds.Xml(writer =>
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "podcast", null, PodcastNamespace);
        writer.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", site.Settings.Title);
        writer.WriteElementString("link", site.HomeUrl);
        writer.WriteElementString("description", site.Description);
        writer.WriteElementString("language", site.Settings.Language);
        writer.WriteElementString("generator", "Site");
        writer.WriteElementString("lastBuildDate", site.Updated.Rfc822);
        // The feed's own address, as the RSS Advisory Board recommends (atom:link rel="self").
        writer.WriteStartElement("atom", "link", AtomNamespace);
        writer.WriteAttributeString("href", site.Absolute("/" + FeedSite.RssFile));
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", MediaType);
        writer.WriteEndElement();
        foreach (var episode in site.Episodes)
        {
            Item(writer, site, episode);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    });

    private static void Item(XmlWriter writer, FeedSite site, Episode episode)
    {
        var url = site.Absolute(episode.Url);
        writer.WriteStartElement("item");
        writer.WriteElementString("title", episode.Title);
        writer.WriteElementString("link", url);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "true");
        writer.WriteString(url);
        writer.WriteEndElement();
        writer.WriteElementString("description", episode.Summary.Length > 0 ? episode.Summary : episode.Title);
        if (episode.Date is { } date)
        {
            writer.WriteElementString("pubDate", date.Rfc822);
        }

        if (episode.Media is not null)
        {
            var media = site.MediaUrl(episode);
            writer.WriteStartElement("enclosure");
            writer.WriteAttributeString("url", media);
            // The build does not know the recording's size (it is often elsewhere): 0 says so.
            writer.WriteAttributeString("length", "0");
            writer.WriteAttributeString("type", FeedSite.MediaType(media));
            writer.WriteEndElement();
        }

        foreach (var export in episode.Exports.Where(export => TranscriptTypes.Contains(export.MediaType, StringComparer.Ordinal)))
        {
            writer.WriteStartElement("podcast", "transcript", PodcastNamespace);
            writer.WriteAttributeString("url", site.Absolute(export.Url));
            writer.WriteAttributeString("type", export.MediaType);
            if (episode.Language is { } language)
            {
                writer.WriteAttributeString("language", language);
            }

            if (export.MediaType == "text/vtt")
            {
                writer.WriteAttributeString("rel", "captions");
            }

            writer.WriteEndElement();
        }

        if (episode.Exports.FirstOrDefault(export => export.MediaType == ChaptersJsonWriter.MediaType) is { } chapters)
        {
            writer.WriteStartElement("podcast", "chapters", PodcastNamespace);
            writer.WriteAttributeString("url", site.Absolute(chapters.Url));
            writer.WriteAttributeString("type", chapters.MediaType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
