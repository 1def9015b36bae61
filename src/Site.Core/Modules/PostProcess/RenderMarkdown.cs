using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
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
        if (!document.Get<bool>(MetadataKeys.IsPage))
        {
            return document; // data files of a page pipeline (e.g. the glossary's terms.json) are not Markdown
        }

        var syntax = Markdig.Markdown.Parse(document.Content, pipeline);
        if (urls.BasePath != "/")
        {
            foreach (var link in syntax.Descendants<LinkInline>())
            {
                if (link.Url is { } url)
                {
                    link.Url = urls.Url(url);
                }
            }
        }

        // Raw HTML in the Markdown (<a href="/x/">, <img src="/y.png">) is passed through by Markdig: rewrite it too.
        var html = RewriteRootRelativeUrls.Rewrite(syntax.ToHtml(pipeline), urls);
        return document with { Content = html };
    }
}
