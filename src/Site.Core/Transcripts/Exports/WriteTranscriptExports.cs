using Site.Documents;
using Site.Pipelines;

namespace Site.Transcripts.Exports;

/// <summary>
/// Adds, for every timed transcript, its exports (<see cref="TranscriptExport.For"/>) as files beside its pages.
/// Runs first in PostProcess, on each batch of pages as it streams to Output, so an export lives only as long as its
/// overview page; the overview's lease (<see cref="PlanTranscriptPages"/>) still holds the transcript here.
/// </summary>
public sealed class WriteTranscriptExports : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var timed = inputs
            .Select(document => document.Get<TranscriptPage>(MetadataKeys.TranscriptPage))
            .Where(plan => plan is { Kind: TranscriptPageKind.Overview } && plan.Transcript.IsTimed)
            .Select(plan => plan!.Transcript)
            .ToArray();
        var exports = new Document[timed.Length][];
        for (var index = 0; index < timed.Length; index++)
        {
            var transcript = timed[index];
            var cues = TranscriptCues.Split(transcript);
            exports[index] = TranscriptExport.For(transcript)
                .Select(export => new Document { Source = transcript.SourcePath, Destination = export.Url(transcript).TrimStart('/'), Utf8 = export.WriteUtf8(transcript, cues) })
                .ToArray();
        }

        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. exports.SelectMany(files => files)]);
    }
}
