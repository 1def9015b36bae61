using Site.Building;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Lists the files copied to the output as they are: the theme's <c>assets/</c> folder (over the built-in theme's), and every input file that
/// <paramref name="isAsset"/> accepts. An input file at the same path as a theme asset replaces it.
/// </summary>
public sealed class ListAssetFiles(BuildPaths paths, Func<string, bool> isAsset) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var byDestination = new Dictionary<string, Document>(StringComparer.Ordinal);
        // The built-in theme first, so that the theme folder's file at the same path replaces it.
        foreach (var theme in paths.ThemeLayers.Reverse())
        {
            foreach (var relative in InputFiles.List(Path.Combine(theme, "assets"), context.Build.Diagnostics, [theme, paths.Input]))
            {
                var full = Path.Combine(theme, "assets", relative);
                var destination = "assets/" + relative;
                byDestination[destination] = new Document { Source = ThemeFiles.Display(full), Destination = destination, CopyFrom = full };
            }
        }

        foreach (var relative in InputFiles.List(paths.Input, context.Build.Diagnostics, [paths.Theme]).Where(isAsset))
        {
            var full = Path.Combine(paths.Input, relative);
            byDestination[relative] = new Document { Source = ThemeFiles.Display(full), Destination = relative, CopyFrom = full };
        }

        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. byDestination.Values.OrderBy(d => d.Destination, StringComparer.Ordinal)]);
    }
}
