using Site.Markdown;
using Site.Modules.Input;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.Pipelines;
using Site.Theming;

namespace Site.Building;

/// <summary>The pipelines of a site build, each read as a sentence of modules.</summary>
public static class SitePipelines
{
    public const string Content = "Content";
    public const string Assets = "Assets";

    public static IReadOnlyList<Pipeline> Create(BuildPaths paths, Theme theme)
    {
        var markdown = MarkdownPipelineFactory.Create();
        return
        [
            new Pipeline(Content)
            {
                Input = { new ReadInputFiles(paths, IsPage) },
                Process = { new ExtractFrontMatter(), new AssignPageUrls(), new RenderMarkdown(markdown, theme.Urls), new DeriveDescription() },
                PostProcess = { new ApplyLayout(theme) },
                Output = { new WriteFiles(paths) },
            },
            new Pipeline(Assets)
            {
                Input = { new ListAssetFiles(paths, IsAsset) },
                Output = { new WriteFiles(paths) },
            },
            .. PagesFurniture.Create(paths, theme),
        ];
    }

    /// <summary>Markdown files are pages, unless private (<c>_name</c>) or theme overrides.</summary>
    public static bool IsPage(string relative) =>
        relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !InputFiles.IsPrivate(relative) && !InputFiles.IsThemeOverride(relative);

    /// <summary>Files copied as they are: everything that is not a page, a data file, a transcript or a theme override.</summary>
    public static bool IsAsset(string relative) =>
        !relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) &&
        !InputFiles.IsPrivate(relative) &&
        !InputFiles.IsThemeOverride(relative) &&
        !IsDataFile(relative) &&
        !relative.StartsWith("transcripts/", StringComparison.Ordinal);

    private static bool IsDataFile(string relative) => relative is "site.yml" or "glossary.yml";
}
