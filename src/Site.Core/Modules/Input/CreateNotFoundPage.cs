using Site.Building;
using Site.Documents;
using Site.Modules.Process;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Adds the <c>404.html</c> page GitHub Pages shows for a missing address, rendered through the theme's
/// <c>404</c> layout. GitHub serves it at whatever depth was asked for, so the layout must use absolute links
/// only (the <c>url</c> function gives them). A hand-written <c>404.md</c> in the input folder replaces it.
/// </summary>
public sealed class CreateNotFoundPage(BuildPaths paths, Theme theme) : IModule
{
    public const string Url = "/404.html";
    public const string Layout = "404";

    /// <summary>Front matter key that keeps a page out of the sitemap and asks search engines not to index it.</summary>
    public const string NoIndex = "noindex";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (File.Exists(Path.Combine(paths.Input, "404.md")))
        {
            return Task.FromResult(inputs);
        }

        var frontMatter = new Dictionary<string, object?>(StringComparer.Ordinal) { [NoIndex] = true };
        // Named after the layout the page is made from: the theme folder's, else the built-in theme's.
        var layout = paths.ThemeLayers.Select(theme => Path.Combine(theme, "layouts", Layout + ".html")).FirstOrDefault(File.Exists) ??
            Path.Combine(paths.Theme, "layouts", Layout + ".html");
        var page = new Document { Source = ThemeFiles.Display(layout), Destination = AssignPageUrls.DestinationOf(Url) }
            .WithMetadata(
            [
                new(MetadataKeys.IsPage, true),
                new(MetadataKeys.Url, Url),
                new(MetadataKeys.Layout, Layout),
                new(MetadataKeys.Title, theme.Text("not_found_title")),
                new(MetadataKeys.Description, theme.Text("not_found_text")),
                new(MetadataKeys.FrontMatter, frontMatter),
            ]);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, page]);
    }
}
