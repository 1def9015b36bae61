using System.Collections.Concurrent;
using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Modules.PostProcess;
using Site.Pipelines;
using Site.Theming;

namespace Site.Benchmarks;

/// <summary>
/// The documents of one of Site's page pipelines as they reach <see cref="ApplyLayout"/> in a real build, with the
/// modules the pipeline runs from there on (its layout step, then its Output modules).
/// </summary>
public sealed record PipelineBeforeLayout(string Name, IReadOnlyList<Document> Documents, IReadOnlyList<IModule> Layout, IReadOnlyList<IModule> Output);

/// <summary>
/// Runs Site's own pipelines (<see cref="SitePipelines.Create"/>: transcript pages, glossary pages, the 404 page, ...)
/// over the benchmark input, each up to its <see cref="ApplyLayout"/> step, and keeps what they hand to it:
/// transcripts parsed, pages planned, their Markdown written and rendered to HTML, descriptions derived. Nothing is
/// written; pipelines without a layout step (assets, sitemap) are left out.
/// </summary>
public static class PagesBeforeLayout
{
    public static IReadOnlyList<PipelineBeforeLayout> Make(Corpus corpus, BuildPaths paths)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(paths.Input, ThemeFiles.Display(paths.Input), diagnostics);
        var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var pipelines = SitePipelines.Create(paths, theme);
        var stops = new List<(Pipeline Pipeline, Capture Capture, IReadOnlyList<IModule> Layout, IReadOnlyList<IModule> Output)>();
        foreach (var pipeline in pipelines)
        {
            var layout = pipeline.PostProcess.FindIndex(module => module is ApplyLayout);
            if (layout >= 0)
            {
                var capture = new Capture();
                stops.Add((pipeline, capture, pipeline.PostProcess[layout..], [.. pipeline.Output]));
                pipeline.PostProcess.RemoveRange(layout, pipeline.PostProcess.Count - layout);
                pipeline.PostProcess.Add(capture);
            }

            pipeline.Output.Clear();
        }

        var build = new BuildContext(diagnostics);
        new Engine(pipelines).RunAsync(build).GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.ToSortedList()));
        }

        var result = stops
            .Select(stop => new PipelineBeforeLayout(stop.Pipeline.Name, stop.Capture.Documents, stop.Layout, stop.Output))
            .Where(stop => stop.Documents.Count > 0)
            .ToList();

        // Precondition: the transcripts became pages (a page per section and per speaker at least).
        var transcriptPages = result.FirstOrDefault(stop => stop.Name == SitePipelines.Transcripts)?.Documents.Count(d => d.Get<bool>(MetadataKeys.IsPage)) ?? 0;
        if (transcriptPages < corpus.Transcripts.Count * 2)
        {
            throw new InvalidOperationException($"the {SitePipelines.Transcripts} pipeline made {transcriptPages} pages for {corpus.Transcripts.Count} transcripts");
        }

        return result;
    }

    /// <summary>Keeps the documents it is given and passes none on; PostProcess runs in parallel batches.</summary>
    private sealed class Capture : IModule
    {
        private readonly ConcurrentQueue<Document> _documents = new();

        public IReadOnlyList<Document> Documents =>
            _documents.OrderBy(document => document.Destination ?? document.Source, StringComparer.Ordinal).ToList();

        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            foreach (var document in inputs)
            {
                _documents.Enqueue(document);
            }

            return Task.FromResult<IReadOnlyList<Document>>([]);
        }
    }
}
