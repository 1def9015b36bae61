using Site.Building;
using Site.Search;
using Site.Tests.Support;

namespace Site.Tests.Feeds;

/// <summary>The golden series (Golden/310-episodes): four transcripts in a zh-CN site, one of them English and timed.</summary>
internal static class SeriesSite
{
    public const string Input = "Golden/310-episodes/input";

    /// <summary>The episodes' overview URLs in the order the site must list them: by date, newest first, undated last.</summary>
    public static readonly string[] Order = ["/series/panel/", "/series/2026-11-06-launch/", "/series/roundtable/", "/series/notes/"];

    public static Task<BuildResult> BuildAsync(TempFolder temp, SearchOptions? search = null) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Path.Combine(Golden.ProjectFolder, Input),
            Theme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("output"),
            Search = search,
        });
}
