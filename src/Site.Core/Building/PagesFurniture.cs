using Site.Modules.Input;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Pipelines;
using Site.Theming;

namespace Site.Building;

/// <summary>
/// The files a site needs to be published on GitHub Pages besides its pages: <c>.nojekyll</c>, <c>CNAME</c>,
/// <c>robots.txt</c>, the <c>404.html</c> page and <c>sitemap.xml</c>.
/// </summary>
public static class PagesFurniture
{
    public const string Furniture = "Furniture";
    public const string Sitemap = "Sitemap";

    public static IEnumerable<Pipeline> Create(BuildPaths paths, Theme theme) =>
    [
        new Pipeline(Furniture)
        {
            Input = { new CreateNoJekyllFile(), new CreateCnameFile(theme.Settings.Domain), new CreateRobotsTxt(theme.Urls), new CreateNotFoundPage(paths, theme), new YieldToInputFiles(paths) },
            PostProcess = { new ApplyLayout(theme) },
            Output = { new WriteFiles(paths, theme.Urls) },
        },

        // No documents of its own: the engine runs its PostProcess once, when every page is known.
        new Pipeline(Sitemap)
        {
            PostProcess = { new GenerateSitemap(theme.Urls) },
            Output = { new WriteFiles(paths, theme.Urls) },
        },
    ];
}
