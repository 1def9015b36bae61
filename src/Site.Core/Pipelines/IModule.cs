using Site.Documents;

namespace Site.Pipelines;

/// <summary>One step of a pipeline: takes the documents of the previous step and returns the next ones.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}
