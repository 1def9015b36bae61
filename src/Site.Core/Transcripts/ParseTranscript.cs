using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;

namespace Site.Transcripts;

/// <summary>
/// Reads and parses each transcript file (listed by <see cref="ListInputFiles"/>) into a <see cref="Transcript"/>,
/// kept in the document's metadata: the reader is chosen by extension (<see cref="Readers.TranscriptReaders"/>),
/// and a timed transcript takes its sidecar and chapters file (<see cref="Readers.SidecarFiles"/>). Files are read
/// one by one as they are parsed, on all cores, and the text is dropped once parsed: the model holds it.
/// </summary>
public sealed class ParseTranscript : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document?[inputs.Count];
        var reported = new IReadOnlyList<Diagnostics.Diagnostic>[inputs.Count];
        var ids = inputs.Select(document => TranscriptId(document.GetString(MetadataKeys.RelativePath))).ToList();
        for (var index = 0; index < ids.Count; index++)
        {
            // 访谈.txt and fang-tan.txt: the file whose name was transliterated keeps its old hashed name instead.
            var id = ids[index];
            var untransliterated = TranscriptId(inputs[index].GetString(MetadataKeys.RelativePath), transliterate: false);
            if (untransliterated != id && ids.Count(other => other == id) > 1)
            {
                ids[index] = untransliterated;
            }
        }

        await Parallel.ForAsync(0, inputs.Count, context.CancellationToken, async (index, token) =>
        {
            var document = inputs[index].Content.Length > 0 ? inputs[index] : await ReadInputFiles.ReadAsync(inputs[index], context, token);
            if (document is null)
            {
                return;
            }

            var fileDiagnostics = new List<Diagnostics.Diagnostic>();
            var beside = Readers.SidecarFiles.Find(document.GetString(MetadataKeys.RelativePath), document.GetString(MetadataKeys.FullPath), fileDiagnostics);

            // The dev server parses again only the files that changed since its last build (sidecars included).
            var cache = context.Build.RebuildCache;
            var fingerprint = cache is null ? default : Building.Fingerprints.Of(beside.IsEmpty ? document.Content : document.Content + beside.FingerprintText);
            var result = cache?.FindParsed(document.Source, ids[index], fingerprint) ?? Parse(document, ids[index], beside, fileDiagnostics);
            cache?.RecordParsed(document.Source, ids[index], fingerprint, result);
            reported[index] = result.Diagnostics;
            if (result.Transcript is { } transcript)
            {
                var parsed = (document with { Content = string.Empty }).WithMetadata(MetadataKeys.Transcript, transcript);
                outputs[index] = cache is null ? parsed : parsed.WithMetadata(MetadataKeys.SourceFingerprint, fingerprint);
            }
        });

        SameRecordingFormats.KeepOne(inputs, outputs, reported, ids);
        foreach (var diagnostics in reported)
        {
            context.Build.Diagnostics.AddRange(diagnostics ?? []);
        }

        var duplicates = ids.Where(id => id.Length > 0).GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        for (var index = 0; index < inputs.Count; index++)
        {
            if (duplicates.Contains(ids[index]))
            {
                context.Build.Diagnostics.Add(Diagnostics.Diagnostic.Error(
                    Diagnostics.DiagnosticCodes.DuplicateSlug, inputs[index].Source, 0, 0,
                    $"another transcript has the same URL name '{ids[index]}'; rename one of the files"));
                outputs[index] = null;
            }
        }

        return outputs.OfType<Document>().ToList();
    }

    private static TranscriptParseResult Parse(Document document, string id, Readers.SidecarFiles beside, List<Diagnostics.Diagnostic> diagnostics)
    {
        var header = beside.Header(diagnostics);
        var result = Readers.TranscriptReaders.Read(document.Content, document.Source, id, header);
        return diagnostics.Count == 0 ? result : result with { Diagnostics = [.. diagnostics, .. result.Diagnostics] };
    }

    /// <summary><c>transcripts/sora-panel.txt</c> gives <c>sora-panel</c>; sub-folders join with hyphens.</summary>
    public static string TranscriptId(string relativePath, bool transliterate = true)
    {
        var withoutFolder = relativePath.StartsWith("transcripts/", StringComparison.Ordinal) ? relativePath["transcripts/".Length..] : relativePath;
        var withoutExtension = withoutFolder[..^Path.GetExtension(withoutFolder).Length];
        // A name with no ASCII letters (访谈.txt) still needs a stable ASCII URL: a short hash of the name.
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(withoutExtension))
        {
            hash = (hash ^ b) * 16777619u; // FNV-1a
        }

        return transliterate ? TranscriptUrls.Slugify(withoutExtension, $"t-{hash:x8}") : TranscriptUrls.AsciiSlug(withoutExtension, $"t-{hash:x8}");
    }
}
