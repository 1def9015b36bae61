using Site.Building;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Lists the files under the input folder that <paramref name="include"/> accepts, without reading them: the
/// module that needs a file's text reads it when it gets to it, so large inputs are never all in memory at once.
/// </summary>
public sealed class ListInputFiles(BuildPaths paths, Func<string, bool> include) : IModule
{

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. List(paths, include)]);

    public static IEnumerable<Document> List(BuildPaths paths, Func<string, bool> include) =>
        InputFiles.List(paths.Input)
            .Where(include)
            .Select(relative =>
            {
                var full = Path.Combine(paths.Input, relative);
                return new Document { Source = ThemeFiles.Display(full) }
                    .WithMetadata(MetadataKeys.RelativePath, relative)
                    .WithMetadata(MetadataKeys.FullPath, full);
            });
}
