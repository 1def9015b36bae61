using Site.Documents;
using Site.Pipelines;

namespace Site.Modules.Input;

/// <summary>
/// Adds an empty <c>.nojekyll</c>: without it GitHub Pages runs Jekyll over the output, which drops files and
/// folders whose names start with <c>_</c> and slows every deployment.
/// </summary>
public sealed class CreateNoJekyllFile : IModule
{
    public const string FileName = ".nojekyll";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, new Document { Source = FileName, Destination = FileName }]);
}
