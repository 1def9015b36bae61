using System.Text;
using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;
using Site.Urls;

namespace Site.Modules.PostProcess;

/// <summary>
/// Writes <c>sitemap.xml</c> listing every HTML page of every pipeline, except those marked <c>noindex</c> (the
/// 404 page). URLs are absolute when a base URL is set, as the sitemap protocol asks, and sorted so builds are
/// reproducible. Runs in PostProcess, where every pipeline's pages are visible.
/// </summary>
public sealed class GenerateSitemap(UrlHelper urls) : IModule
{
    public const string FileName = "sitemap.xml";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var sitemap = new Document { Source = FileName, Destination = FileName, Content = Xml(context.AllOutputs(), urls) };
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, sitemap]);
    }

    public static string Xml(IEnumerable<Document> documents, UrlHelper urls)
    {
        var locations = documents
            .Where(d => d.Get<bool>(MetadataKeys.IsPage) && d.Destination is not null && !IsNoIndex(d))
            .Select(d => d.GetString(MetadataKeys.Url))
            .Where(url => url.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(url => UrlEncoding.EscapeNonAscii(urls.AbsoluteUrl(url)));
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var location in locations)
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(location)).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    public static bool IsNoIndex(Document document) =>
        document.Get<Dictionary<string, object?>>(MetadataKeys.FrontMatter)?.GetValueOrDefault(CreateNotFoundPage.NoIndex) is true;
}
