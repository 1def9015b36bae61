using Site.Documents;
using Site.Pipelines;

namespace Site.Benchmarks;

/// <summary>An Input module that hands prepared documents to the pipeline, so later phases are timed alone.</summary>
public sealed class ProvideDocuments(IReadOnlyList<Document> documents) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. documents]);
}
