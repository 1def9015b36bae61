using Site.Documents;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>
/// Test stand-in for the timed readers: gives each parsed transcript's turns a start (every <paramref name="step"/>
/// seconds from <paramref name="offset"/>), the first turn an end, and the recording <paramref name="media"/>. With
/// <paramref name="words"/>, every paragraph gets word times: runs of at most three characters without blanks, so
/// that words also start and end inside glossary terms.
/// </summary>
internal sealed class TimeTurns(double step = 7.5, double offset = 0, string? media = null, bool words = false) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(
            [.. inputs.Select(document => document.Get<Transcript>(MetadataKeys.Transcript) is { } transcript
                ? document.WithMetadata(MetadataKeys.Transcript, Time(transcript, step, offset, media, words))
                : document)]);

    public static Transcript Time(Transcript transcript, double step = 7.5, double offset = 0, string? media = null, bool words = false)
    {
        var index = 0;
        var sections = transcript.Sections.Select(section => section with
        {
            Turns = [.. section.Turns.Select(turn =>
            {
                var start = offset + (index * step);
                var timed = turn with
                {
                    Start = start,
                    End = index == 0 ? start + (step / 2) : null,
                    Paragraphs = words ? [.. turn.Paragraphs.Select(paragraph => paragraph with { Words = Words(paragraph.Text, start) })] : turn.Paragraphs,
                };
                index++;
                return timed;
            })],
        }).ToList();
        return transcript with { Sections = sections, Media = media };
    }

    private static List<TimedSpan> Words(string text, double start)
    {
        var words = new List<TimedSpan>();
        for (var index = 0; index < text.Length;)
        {
            if (char.IsWhiteSpace(text[index]))
            {
                index++;
                continue;
            }

            var length = 0;
            while (index + length < text.Length && length < 3 && !char.IsWhiteSpace(text[index + length]))
            {
                length += char.IsHighSurrogate(text[index + length]) && index + length + 1 < text.Length ? 2 : 1;
            }

            words.Add(new TimedSpan(index, length, start + (words.Count * 0.25), null));
            index += length;
        }

        return words;
    }
}
