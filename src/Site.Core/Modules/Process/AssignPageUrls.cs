using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;

namespace Site.Modules.Process;

/// <summary>
/// Gives hand-written pages pretty URLs: <c>about.md</c> becomes <c>/about/</c> (written to <c>about/index.html</c>),
/// <c>index.md</c> becomes <c>/</c>, <c>notes/index.md</c> becomes <c>/notes/</c>. A <c>permalink</c> in front matter wins.
/// </summary>
public sealed class AssignPageUrls : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(inputs.Select(Assign).ToList());

    private static Document Assign(Document document)
    {
        var frontMatter = document.Get<Dictionary<string, object?>>(MetadataKeys.FrontMatter);
        var url = frontMatter?.GetValueOrDefault("permalink") as string is { Length: > 0 } permalink
            ? "/" + permalink.Trim('/') + (permalink.Trim('/').Length > 0 ? "/" : string.Empty)
            : UrlOf(document.GetString(MetadataKeys.RelativePath));
        return document with
        {
            Destination = DestinationOf(url),
            Metadata = document.Metadata.SetItem(MetadataKeys.Url, url).SetItem(MetadataKeys.IsPage, true),
        };
    }

    public static string UrlOf(string relativePath)
    {
        var withoutExtension = relativePath[..^Path.GetExtension(relativePath).Length];
        if (withoutExtension == "index")
        {
            return "/";
        }

        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^"/index".Length];
        }

        return "/" + withoutExtension + "/";
    }

    /// <summary>The file a page URL is written to: <c>/a/b/</c> becomes <c>a/b/index.html</c>.</summary>
    public static string DestinationOf(string url)
    {
        var trimmed = url.Trim('/');
        if (trimmed.EndsWith(".html", StringComparison.Ordinal))
        {
            return trimmed;
        }

        return trimmed.Length == 0 ? "index.html" : trimmed + "/index.html";
    }
}
