using Markdig;
using Site.Building;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.Pipelines;
using Site.Theming;

namespace Site.Glossary;

/// <summary>The glossary pages: generated as Markdown, then treated exactly like hand-written pages.</summary>
public static class GlossaryPipeline
{
    public const string Name = "Glossary";

    /// <param name="transcriptsPipeline">The pipeline whose Process output carries the transcripts, or null.</param>
    public static Pipeline Create(BuildPaths paths, Theme theme, MarkdownPipeline markdown, string? transcriptsPipeline) =>
        new(Name)
        {
            Dependencies = transcriptsPipeline is null ? [] : [transcriptsPipeline],
            Process =
            {
                new GenerateGlossaryPages(paths, theme, transcriptsPipeline),
                new ExtractFrontMatter(),
                new AssignPageUrls(),
                new GenerateGlossaryData(paths, theme.Urls),
            },
            PostProcess = { new ReuseUnchangedPages(paths, theme), new RenderMarkdown(markdown, theme.Urls, generated: true), new DeriveDescription(), new ApplyLayout(theme) },
            Output = { new WriteFiles(paths, theme.Urls) },
        };
}
