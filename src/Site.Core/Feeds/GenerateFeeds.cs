using Site.Configuration;
using Site.Documents;
using Site.Episodes;
using Site.Pipelines;
using Site.Urls;

namespace Site.Feeds;

/// <summary>
/// Writes the site's feeds, <c>feed.atom</c>, <c>feed.rss</c> and <c>feed.json</c>, one entry per transcript, newest
/// first. Runs in PostProcess, when every transcript's overview (which carries its <see cref="Episode"/>) is known.
/// Without a base URL there are no feeds: feed readers need absolute URLs, and a site without one is a local
/// preview (<c>site build --base-url</c> or <c>baseUrl</c> in site.yml turns them on).
/// </summary>
public sealed class GenerateFeeds(SiteSettings settings, UrlHelper urls) : IModule
{
    public static bool Enabled(SiteSettings settings) => settings.BaseUrl.Length > 0;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!Enabled(settings))
        {
            return Task.FromResult(inputs);
        }

        var episodes = EpisodeOrder.Sort(context.AllOutputs().Select(document => document.Get<Episode>(MetadataKeys.Episode)).OfType<Episode>().DistinctBy(episode => episode.Id));
        var site = new FeedSite(settings, urls, episodes);
        return Task.FromResult<IReadOnlyList<Document>>(
        [
            .. inputs,
            File(FeedSite.AtomFile, AtomFeedWriter.Write(site)),
            File(FeedSite.RssFile, RssFeedWriter.Write(site)),
            File(FeedSite.JsonFile, JsonFeedWriter.Write(site)),
        ]);
    }

    private static Document File(string name, string content) => new() { Source = name, Destination = name, Content = content };
}
