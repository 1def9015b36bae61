using Markdig;
using Site.Documents;
using Site.Pipelines;
using Site.Urls;

namespace Site.Modules.PostProcess;

/// <summary>
/// Renders Markdown content to HTML with the build's one Markdig pipeline. Root-relative links
/// (<c>[about](/about/)</c>) get the base path.
/// </summary>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, UrlHelper urls) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index => outputs[index] = Render(inputs[index]));
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private Document Render(Document document)
    {
        if (!document.Get<bool>(MetadataKeys.IsPage) || document.CopyFrom is not null)
        {
            return document; // data files of a page pipeline (e.g. the glossary's terms.json) are not Markdown; reused pages are done
        }

        // Every root-relative URL of the rendered page gets the base path exactly once, whether it came from a
        // Markdown link or image or from raw HTML in the Markdown (which Markdig passes through).
        var html = RewriteRootRelativeUrls.Rewrite(Markdig.Markdown.ToHtml(document.Content, pipeline), urls);
        return document with { Content = html };
    }
}
