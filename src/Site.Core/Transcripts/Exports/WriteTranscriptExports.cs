using Site.Documents;
using Site.Pipelines;

namespace Site.Transcripts.Exports;

/// <summary>
/// Adds, for every timed transcript, its exports (<see cref="TranscriptExport.All"/>) as files beside its pages.
/// Runs after <see cref="PlanTranscriptPages"/>, which lends each transcript to its pages: the overview's lease
/// still holds it here.
/// </summary>
public sealed class WriteTranscriptExports : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new List<Document>(inputs);
        foreach (var document in inputs)
        {
            if (document.Get<TranscriptPage>(MetadataKeys.TranscriptPage) is not { Kind: TranscriptPageKind.Overview } plan || !plan.Transcript.IsTimed)
            {
                continue;
            }

            var transcript = plan.Transcript;
            foreach (var export in TranscriptExport.All)
            {
                var url = export.Url(transcript);
                outputs.Add(new Document { Source = transcript.SourcePath, Destination = url.TrimStart('/'), Content = export.Write(transcript) });
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
