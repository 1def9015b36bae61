using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;

namespace Site.Transcripts;

/// <summary>Parses each transcript file into a <see cref="Transcript"/>, kept in the document's metadata.</summary>
public sealed class ParseTranscript : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document?[inputs.Count];
        var ids = inputs.Select(document => TranscriptId(document.GetString(ReadInputFiles.RelativePath))).ToList();
        Parallel.For(0, inputs.Count, index =>
        {
            var document = inputs[index];
            var result = TranscriptParser.Parse(document.Content, document.Source, ids[index]);
            context.Build.Diagnostics.AddRange(result.Diagnostics);
            if (result.Transcript is { } transcript)
            {
                // The text itself is no longer needed: the model holds it, and memory should not hold it twice.
                outputs[index] = (document with { Content = string.Empty }).WithMetadata(MetadataKeys.Transcript, transcript);
            }
        });

        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
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

        return Task.FromResult<IReadOnlyList<Document>>(outputs.OfType<Document>().ToList());
    }

    /// <summary><c>transcripts/sora-panel.txt</c> gives <c>sora-panel</c>; sub-folders join with hyphens.</summary>
    public static string TranscriptId(string relativePath)
    {
        var withoutFolder = relativePath.StartsWith("transcripts/", StringComparison.Ordinal) ? relativePath["transcripts/".Length..] : relativePath;
        var withoutExtension = withoutFolder[..^Path.GetExtension(withoutFolder).Length];
        // A name with no ASCII letters (访谈.txt) still needs a stable ASCII URL: a short hash of the name.
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(withoutExtension))
        {
            hash = (hash ^ b) * 16777619u; // FNV-1a
        }

        return TranscriptUrls.Slugify(withoutExtension, $"t-{hash:x8}");
    }
}
