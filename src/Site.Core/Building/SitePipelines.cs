using Site.Feeds;
using Site.Glossary;
using Site.Markdown;
using Site.Modules.Input;
using Site.Modules.Output;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.People;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;
using Site.Transcripts.Exports;
using Site.Transcripts.Readers;

namespace Site.Building;

/// <summary>The pipelines of a site build, each read as a sentence of modules.</summary>
public static class SitePipelines
{
    public const string Content = "Content";
    public const string Assets = "Assets";
    public const string Transcripts = "Transcripts";
    public const string Feeds = "Feeds";

    /// <param name="keepTranscripts">Keep every parsed transcript to the end of the build, for steps that read them
    /// after the pages are written (the search index); otherwise each goes once its pages are written.</param>
    public static IReadOnlyList<Pipeline> Create(BuildPaths paths, Theme theme, bool keepTranscripts = false)
    {
        var markdown = MarkdownPipelineFactory.Create();
        List<Pipeline> pipelines =
        [
            new Pipeline(Content)
            {
                Input = { new ReadInputFiles(paths, IsPage) },
                Process = { new KeepMarkdownCopy(), new ExtractFrontMatter(), new AssignPageUrls() },
                PostProcess = { new ReuseUnchangedPages(paths, theme), new RenderMarkdown(markdown, theme.Urls), new DeriveDescription(), new ApplyLayout(theme) },
                Output = { new WriteFiles(paths, theme.Urls) },
            },
            new Pipeline(Transcripts)
            {
                Input =
                {
                    new ListInputFiles(paths, IsTranscript)
                    {
                        Folder = "transcripts",
                        WarningWhenNone = "no transcripts in input/transcripts/: the site has only hand-written pages (put transcripts there for section and speaker pages)",
                    },
                    new ReportUnsupportedTranscriptFiles(paths, IsTranscript),
                },
                // People are matched before the pages are planned (every turn's data-speaker is its person's), and what
                // their pages show of each transcript is taken while every transcript is there.
                Process = { new ParseTranscript(), new MatchPeople(paths), new PlanTranscriptPages(theme, paths) { KeepModels = keepTranscripts }, new GeneratePeoplePages(theme, paths) },
                PostProcess =
                {
                    // With the overview, batch by batch: made in Process, every export would wait in memory for Output.
                    new WriteTranscriptExports(),
                    new ReuseUnchangedTranscriptPages(paths, theme),
                    new WriteTranscriptMarkdown(theme, paths),
                    new WritePersonPages(theme, paths),
                    // WriteTranscriptMarkdown writes each page's HTML with its Markdown (PageMarkdown), so there is
                    // no RenderMarkdown here.
                    new ReuseUnchangedPages(paths, theme),
                    new DeriveDescription(),
                    new ApplyLayout(theme),
                },
                Output = { new WriteFiles(paths, theme.Urls) },
            },
            new Pipeline(Assets)
            {
                Input = { new ListAssetFiles(paths, IsAsset) },
                Output = { new WriteFiles(paths, theme.Urls) },
            },
            .. PagesFurniture.Create(paths, theme),

            // No documents of its own, like the sitemap: its PostProcess runs once every transcript's episode is known.
            new Pipeline(Feeds)
            {
                PostProcess = { new GenerateFeeds(theme.Settings, theme.Urls) },
                Output = { new WriteFiles(paths, theme.Urls) },
            },
        ];

        // The glossary lists where each term is used, so it waits for the transcripts.
        pipelines.Add(GlossaryPipeline.Create(paths, theme, markdown, Transcripts));
        return pipelines;
    }

    /// <summary>Markdown files are pages, unless private (<c>_name</c>), theme overrides or transcripts.</summary>
    public static bool IsPage(string relative) =>
        relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !InputFiles.IsPrivate(relative) && !InputFiles.IsThemeOverride(relative) &&
        !relative.StartsWith("transcripts/", StringComparison.Ordinal);

    /// <summary>
    /// Transcripts are the files under <c>transcripts/</c> that a reader takes (<c>.txt .md .vtt .srt .json</c>),
    /// but not the files beside a timed one (<c>name.yml</c>, <c>name.chapters.json</c>).
    /// </summary>
    public static bool IsTranscript(string relative) =>
        relative.StartsWith("transcripts/", StringComparison.Ordinal) &&
        TranscriptReaders.IsSupported(relative) &&
        !InputFiles.IsPrivate(relative);

    /// <summary>Files copied as they are: everything that is not a page, a data file, a transcript or a theme override.</summary>
    public static bool IsAsset(string relative) =>
        !relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) &&
        !InputFiles.IsPrivate(relative) &&
        !InputFiles.IsThemeOverride(relative) &&
        !IsDataFile(relative) &&
        !relative.StartsWith("transcripts/", StringComparison.Ordinal);

    private static bool IsDataFile(string relative) => relative is "site.yml" or "glossary.yml" or "people.yml";
}
