using System.Collections.Concurrent;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Publishing;
using Site.Theming;
using Site.Urls;

namespace Site.Modules.Output;

/// <summary>
/// Writes each document to its destination in the staging folder (copying files that are copied as they are),
/// plus the Markdown copy of pages that keep one. Two documents claiming one destination is an error. Each HTML
/// page is scanned for links and ids while it is still in memory (<see cref="PageScans"/>), so the link check
/// after the build does not read the site back from disk.
/// </summary>
public sealed class WriteFiles(BuildPaths paths, UrlHelper urls) : IModule
{
    /// <summary>The scans of the HTML pages written in this build, by destination (<c>a/index.html</c>).</summary>
    public static ConcurrentDictionary<string, PageScan> PageScans(BuildContext build) =>
        build.GetOrCreate("pageScans", () => new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal));

    /// <summary>The HTML pages this build rendered and wrote (not those reused from the previous output).</summary>
    public static ConcurrentDictionary<string, byte> RenderedPages(BuildContext build) =>
        build.GetOrCreate("renderedPages", () => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));

    /// <summary>Every file written in this build (output-relative, <c>a/index.html</c>), with the source that wrote it.</summary>
    public static ConcurrentDictionary<string, string> Destinations(BuildContext build) =>
        build.GetOrCreate("destinations", () => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var claimed = Destinations(context.Build);
        foreach (var document in inputs)
        {
            if (document.Destination is { } destination && Claim(destination, document, claimed, context.Build.Diagnostics))
            {
                await WriteAsync(destination, document, context);
            }

            if (document.Get<string>(MetadataKeys.MarkdownDestination) is { } markdownDestination &&
                Claim(markdownDestination, document, claimed, context.Build.Diagnostics))
            {
                if (document.Get<string>(MetadataKeys.MarkdownCopyFrom) is { } previous)
                {
                    Copy(previous, markdownDestination, document, isPage: false, context);
                }
                else if (document.Get<string>(MetadataKeys.MarkdownSource) is { } markdown)
                {
                    await WriteTextAsync(markdownDestination, markdown, document, isPage: false, context);
                }
            }
        }

        return inputs;
    }

    private void Copy(string source, string destination, Document document, bool isPage, PipelineContext context)
    {
        var target = Target(destination, document, context);
        if (target is null)
        {
            return;
        }

        try
        {
            // Pages reused from the previous output may be linked; input files are always copied.
            var fromPreviousOutput = source.StartsWith(paths.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            StagingWriter.Get(context.Build, paths).Copy(source, target, mayLink: fromPreviousOutput);
            context.Build.CountWrite(isPage);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"cannot copy to {destination}: {exception.Message}"));
        }
    }

    private static bool Claim(string destination, Document document, ConcurrentDictionary<string, string> claimed, DiagnosticBag diagnostics)
    {
        var owner = claimed.GetOrAdd(destination, document.Source);
        if (ReferenceEquals(owner, document.Source) || owner == document.Source)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateDestination, document.Source, 0, 0, $"writes {destination}, which {owner} writes too"));
        return false;
    }

    private async Task WriteAsync(string destination, Document document, PipelineContext context)
    {
        if (document.CopyFrom is { } source)
        {
            Copy(source, destination, document, document.Get<bool>(MetadataKeys.IsPage), context);
            return;
        }

        if (document.Utf8 is { } bytes)
        {
            WriteBytes(destination, bytes, document, context);
            return;
        }

        await WriteTextAsync(destination, document.Content, document, document.Get<bool>(MetadataKeys.IsPage), context);
    }

    private void WriteBytes(string destination, ReadOnlyMemory<byte> bytes, Document document, PipelineContext context)
    {
        if (Target(destination, document, context) is not { } target)
        {
            return;
        }

        try
        {
            StagingWriter.Get(context.Build, paths).WriteBytes(target, bytes.Span);
            context.Build.CountWrite(isPage: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"cannot write {destination}: {exception.Message}"));
        }
    }

    private async Task WriteTextAsync(string destination, string text, Document document, bool isPage, PipelineContext context)
    {
        var target = Target(destination, document, context);
        if (target is null)
        {
            return;
        }

        try
        {
            // Synchronous on purpose: .NET emulates async file writes on Linux with the thread pool, which costs
            // more than the write of a small page; the engine already runs batches in parallel.
            StagingWriter.Get(context.Build, paths).WriteText(target, text);
            await Task.CompletedTask;
            context.Build.CountWrite(isPage);
            if (isPage && CheckLinks.IsHtml(destination))
            {
                // The dev server keeps scans for the next build, whose files may differ: it keeps every link.
                var planned = context.Build.RebuildCache is null ? Planned(context) : null;
                var scan = PageScan.Parse(text, context.Build.GetOrCreate("pageScanStrings", () => new ScanStrings()), planned);
                PageScans(context.Build)[destination] = scan;
                context.Build.RebuildCache?.RecordScan(destination, scan);
                RenderedPages(context.Build).TryAdd(destination, 0);
                context.Build.SearchFeed?.Add(destination, text, () => context.AllOutputs().Count(document => document.Destination is { } page && CheckLinks.IsHtml(page)));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"cannot write {destination}: {exception.Message}"));
        }
    }

    /// <summary>Every file the documents of the build go to (their Markdown copies too), known from Process on.</summary>
    private PlannedFiles Planned(PipelineContext context) =>
        context.Build.GetOrCreate("plannedFiles", () => new PlannedFiles(urls, context.AllOutputs()
            .SelectMany(document => new[] { document.Destination, document.Get<string>(MetadataKeys.MarkdownDestination) })
            .OfType<string>()));

    private string? Target(string destination, Document document, PipelineContext context)
    {
        var target = StagingWriter.Get(context.Build, paths).PathOf(destination);
        if (target is null)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"refusing to write '{destination}': it is outside the output folder"));
        }

        return target;
    }
}
