using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Site.Episodes;

namespace Site.Feeds;

/// <summary>
/// The Atom feed's model in System.ServiceModel.Syndication, whose formatter writes through <see cref="XmlWriter"/>
/// without reflection (no warning under Native AOT), and the XML settings of both XML feeds.
/// </summary>
internal static class SyndicationFeeds
{
    public static SyndicationFeed Feed(FeedSite site, string selfUrl, string selfType)
    {
        var feed = new SyndicationFeed(site.Settings.Title, site.Description, new Uri(site.HomeUrl))
        {
            Id = selfUrl,
            Language = site.Settings.Language,
            LastUpdatedTime = site.Updated.Value,
            Generator = "Site",
        };
        feed.Links.Add(new SyndicationLink(new Uri(selfUrl), "self", null, selfType, 0));
        // Atom asks for an author of the feed or of every entry: the site's title stands in when site.yml has none.
        feed.Authors.Add(new SyndicationPerson { Name = site.Settings.Author.Length > 0 ? site.Settings.Author : site.Settings.Title });

        return feed;
    }

    public static SyndicationItem Item(FeedSite site, Episode episode)
    {
        var url = site.Absolute(episode.Url);
        var item = new SyndicationItem(episode.Title, episode.Summary.Length > 0 ? episode.Summary : episode.Title, new Uri(url), url, default);
        if (episode.Date is { } date)
        {
            item.PublishDate = date.Value;
        }

        if (episode.Media is not null)
        {
            var media = site.MediaUrl(episode);
            // The recording's size is not known to the build (it may be elsewhere); 0 says so, as RSS allows.
            item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(new Uri(media), FeedSite.MediaType(media), 0));
        }

        return item;
    }

    /// <summary>UTF-8 XML without a byte order mark, indented, as every other file the build writes.</summary>
    public static string Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
