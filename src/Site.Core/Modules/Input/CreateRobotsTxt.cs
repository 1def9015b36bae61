using Site.Documents;
using Site.Pipelines;
using Site.Urls;

namespace Site.Modules.Input;

/// <summary>
/// Writes <c>robots.txt</c>, allowing every crawler and naming the sitemap. The sitemap line needs an absolute
/// URL, so without <c>baseUrl</c> it is left as a comment saying what to set.
/// </summary>
public sealed class CreateRobotsTxt(UrlHelper urls) : IModule
{
    public const string FileName = "robots.txt";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, new Document { Source = FileName, Destination = FileName, Content = Text(urls) }]);

    public static string Text(UrlHelper urls)
    {
        var sitemap = urls.AbsoluteUrl("/" + Site.Modules.PostProcess.GenerateSitemap.FileName);
        var line = sitemap.StartsWith("http", StringComparison.Ordinal)
            ? $"Sitemap: {sitemap}"
            : $"# Sitemap: {sitemap} (set baseUrl in site.yml to list it here as an absolute URL)";
        return $"User-agent: *\nAllow: /\n\n{line}\n";
    }
}
