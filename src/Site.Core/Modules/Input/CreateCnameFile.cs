using Site.Documents;
using Site.Pipelines;

namespace Site.Modules.Input;

/// <summary>
/// Writes <c>CNAME</c> with the custom domain of site.yml (<c>domain</c>), which GitHub Pages reads when the site
/// is published from a branch. Nothing is written without a domain.
/// </summary>
public sealed class CreateCnameFile(string domain) : IModule
{
    public const string FileName = "CNAME";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var host = HostOf(domain);
        return Task.FromResult<IReadOnlyList<Document>>(host.Length == 0
            ? inputs
            : [.. inputs, new Document { Source = "site.yml", Destination = FileName, Content = host + "\n" }]);
    }

    /// <summary>The bare host name: GitHub wants <c>docs.example.com</c>, while people often write a URL.</summary>
    public static string HostOf(string domain)
    {
        var trimmed = domain.Trim();
        if (trimmed.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return uri.IdnHost;
        }

        return trimmed.Trim('/').ToLowerInvariant();
    }
}
