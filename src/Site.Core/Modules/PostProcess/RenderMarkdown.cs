using Markdig;
using Site.Diagnostics;
using Site.Documents;
using Site.Markdown;
using Site.Pipelines;
using Site.Urls;

namespace Site.Modules.PostProcess;

/// <summary>
/// Renders Markdown content to HTML with the build's one Markdig pipeline. Root-relative links
/// (<c>[about](/about/)</c>) get the base path. Hand-written pages lose raw HTML (unless <c>markup.unsafe</c>) and
/// links with unsafe URLs, with a warning at their line and column (<see cref="SafeMarkup"/>).
/// </summary>
/// <param name="generated">The Markdown is written by Site itself from checked values (glossary pages), so its
/// HTML is kept as it is.</param>
public sealed class RenderMarkdown(MarkdownPipeline pipeline, UrlHelper urls, bool generated = false) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index => outputs[index] = Render(inputs[index], context.Build));
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private Document Render(Document document, BuildContext build)
    {
        if (!document.Get<bool>(MetadataKeys.IsPage) || document.CopyFrom is not null)
        {
            return document; // data files of a page pipeline (e.g. the glossary's terms.json) are not Markdown; reused pages are done
        }

        // Every root-relative URL of the rendered page gets the base path exactly once, whether it came from a
        // Markdown link or image or from raw HTML in the Markdown (which Markdig passes through).
        var markdown = Markdig.Markdown.Parse(document.Content, pipeline);
        if (!generated)
        {
            var bodyLine = document.Get<int>(MetadataKeys.BodyLine);
            foreach (var problem in SafeMarkup.Clean(markdown, build.UnsafeMarkup).Where(p => !p.Silent))
            {
                build.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RawHtmlOmitted, document.Source, Math.Max(bodyLine, 1) + problem.Line, problem.Column + 1, problem.Message));
            }
        }

        var html = RewriteRootRelativeUrls.Rewrite(Markdig.Markdown.ToHtml(markdown, pipeline), urls);
        return document with { Content = html };
    }
}
