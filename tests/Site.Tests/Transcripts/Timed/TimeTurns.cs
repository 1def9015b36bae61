using Site.Documents;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>
/// Test stand-in for the timed readers: gives each parsed transcript's turns a start (every <paramref name="step"/>
/// seconds from <paramref name="offset"/>), the first turn an end, and the recording <paramref name="media"/>.
/// </summary>
internal sealed class TimeTurns(double step = 7.5, double offset = 0, string? media = null) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(
            [.. inputs.Select(document => document.Get<Transcript>(MetadataKeys.Transcript) is { } transcript
                ? document.WithMetadata(MetadataKeys.Transcript, Time(transcript, step, offset, media))
                : document)]);

    public static Transcript Time(Transcript transcript, double step = 7.5, double offset = 0, string? media = null)
    {
        var index = 0;
        var sections = transcript.Sections.Select(section => section with
        {
            Turns = [.. section.Turns.Select(turn =>
            {
                var start = offset + (index * step);
                var timed = turn with { Start = start, End = index == 0 ? start + (step / 2) : null };
                index++;
                return timed;
            })],
        }).ToList();
        return transcript with { Sections = sections, Media = media };
    }
}
