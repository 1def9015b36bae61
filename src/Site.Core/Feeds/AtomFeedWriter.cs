using System.ServiceModel.Syndication;
using Site.Episodes;

namespace Site.Feeds;

/// <summary>The Atom 1.0 feed (RFC 4287), one entry per episode, written by System.ServiceModel.Syndication.</summary>
public static class AtomFeedWriter
{
    public const string MediaType = "application/atom+xml";

    public static string Write(FeedSite site)
    {
        var feed = SyndicationFeeds.Feed(site, site.Absolute("/" + FeedSite.AtomFile), MediaType);
        feed.Items = [.. site.Episodes.Select(episode => Entry(site, episode))];
        return SyndicationFeeds.Xml(writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    private static SyndicationItem Entry(FeedSite site, Episode episode)
    {
        var item = SyndicationFeeds.Item(site, episode);
        // Atom asks every entry for <updated>: an undated episode takes the feed's.
        item.LastUpdatedTime = (episode.Date ?? site.Updated).Value;
        return item;
    }
}
