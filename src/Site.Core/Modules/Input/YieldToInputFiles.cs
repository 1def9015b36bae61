using Site.Building;
using Site.Documents;
using Site.Pipelines;

namespace Site.Modules.Input;

/// <summary>
/// Drops generated documents whose destination the user already provides as a file in <c>input/</c>
/// (their own <c>robots.txt</c> or <c>CNAME</c>): what the user wrote wins over what the tool would generate.
/// </summary>
public sealed class YieldToInputFiles(BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(inputs
            .Where(document => document.Destination is not { } destination || !File.Exists(Path.Combine(paths.Input, destination)))
            .ToList());
}
