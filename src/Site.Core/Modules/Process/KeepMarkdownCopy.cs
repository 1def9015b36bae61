using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;

namespace Site.Modules.Process;

/// <summary>
/// Keeps a hand-written page's Markdown (front matter included) so it is published beside the HTML under
/// <c>md/</c>, like the generated pages: every page links to the text it was made from.
/// </summary>
public sealed class KeepMarkdownCopy : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(inputs.Select(document =>
        {
            var destination = "md/" + document.GetString(MetadataKeys.RelativePath);
            return document.WithMetadata(MetadataKeys.MarkdownSource, document.Content).WithMarkdownCopyAt(destination);
        }).ToList());
}
