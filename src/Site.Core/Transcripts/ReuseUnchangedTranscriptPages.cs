using Site.Building;
using Site.Documents;
using Site.Modules.PostProcess;
using Site.Pipelines;
using Site.Theming;

namespace Site.Transcripts;

/// <summary>
/// In <c>site serve</c>, before any Markdown is written: the overview, section and speaker pages of a transcript whose
/// file did not change are copied from the served output, when nothing every page shares changed either (templates,
/// strings, settings, glossary, navigation). Their Markdown is then not even written, which is most of a rebuild's
/// work at hundreds of transcripts. Pages made from every transcript (indexes, home) and the pages of the edited
/// transcript go on to <see cref="WriteTranscriptMarkdown"/> and <see cref="ReuseUnchangedPages"/>.
/// </summary>
public sealed class ReuseUnchangedTranscriptPages(BuildPaths paths, Theme theme) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Build.RebuildCache is not { } cache)
        {
            return Task.FromResult(inputs);
        }

        var shared = ReuseUnchangedPages.Shared(context, cache, theme);
        var outputs = new Document[inputs.Count];
        for (var index = 0; index < inputs.Count; index++)
        {
            var document = inputs[index];
            outputs[index] = document;
            if (document.Get<TranscriptPage>(MetadataKeys.TranscriptPage) is not { Lease: not null } plan ||
                !document.Metadata.TryGetValue(MetadataKeys.SourceFingerprint, out var source) || source is not UInt128 sourceHash ||
                document.Destination is not { } destination || document.CopyFrom is not null)
            {
                continue;
            }

            // The file, where the page goes, and whether the site has one transcript (which moves the overview to /).
            var fingerprint = Fingerprints.OfParts(
                shared,
                document.Source,
                destination,
                sourceHash.ToString("x32", System.Globalization.CultureInfo.InvariantCulture),
                plan.Urls.SingleTranscript ? "single" : "many");
            outputs[index] = ReuseUnchangedPages.Reuse(document, destination, fingerprint, cache, context, paths)
                ?? document.WithMetadata(MetadataKeys.Fingerprinted, true);
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
