using Site.Building;
using Site.Documents;
using Site.Navigation;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.PostProcess;

/// <summary>
/// In <c>site serve</c>, marks each page whose inputs are the same as in the last good build to be copied from the
/// served output (<see cref="Document.CopyFrom"/>): Markdig, the layouts and the description then pass it by. A
/// page's inputs are its Markdown and metadata (front matter, the layout's model, URL, source) plus what every page
/// shares: the templates, strings and settings, and the navigation. Does nothing outside the dev server.
/// </summary>
public sealed class ReuseUnchangedPages(BuildPaths paths, Theme theme) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Build.RebuildCache is not { } cache)
        {
            return Task.FromResult(inputs);
        }

        var shared = Shared(context, cache, theme);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var document = inputs[index];
            outputs[index] = document;
            if (!document.Get<bool>(MetadataKeys.IsPage) || document.CopyFrom is not null || document.Get<bool>(MetadataKeys.Fingerprinted) ||
                document.Destination is not { } destination)
            {
                return;
            }

            outputs[index] = Reuse(document, destination, Fingerprints.OfPage(shared, document), cache, context, paths) ?? document;
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>
    /// The document made to copy its page (and Markdown copy) from the served output when the previous build made it
    /// from the same inputs; null to build it. Records the fingerprint for the next build either way.
    /// </summary>
    internal static Document? Reuse(Document document, string destination, UInt128 fingerprint, RebuildCache cache, PipelineContext context, BuildPaths paths)
    {
        if (!cache.TryReuse(destination, fingerprint, out var scan))
        {
            return null;
        }

        var previous = Path.Combine(paths.Output, destination);
        var markdownCopy = document.Get<string>(MetadataKeys.MarkdownDestination) is { } markdown ? Path.Combine(paths.Output, markdown) : null;
        if (!File.Exists(previous) || (markdownCopy is not null && !File.Exists(markdownCopy)))
        {
            return null;
        }

        cache.CountReused();
        if (scan is not null)
        {
            Output.WriteFiles.PageScans(context.Build)[destination] = scan;
        }

        var reused = document with { CopyFrom = previous };
        return markdownCopy is null ? reused : reused.WithMetadata(MetadataKeys.MarkdownCopyFrom, markdownCopy);
    }

    /// <summary>The hash of what every page is made from, once per build.</summary>
    internal static byte[] Shared(PipelineContext context, RebuildCache cache, Theme theme) =>
        context.Build.GetOrCreate("sharedFingerprint", () => new SharedFingerprint(
            Fingerprints.OfSharedInputs(cache.SharedFiles, theme.Urls, NavigationModel.Get(context, theme)))).Hash;

    private sealed record SharedFingerprint(byte[] Hash);
}
