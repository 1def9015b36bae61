using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;

namespace Site.Transcripts;

/// <summary>
/// One recording's transcript in several formats beside each other (<c>episode.vtt</c>, <c>episode.srt</c>,
/// <c>episode.txt</c>, <c>episode.json</c>: what Whisper writes by default, what a podcast host offers for download) is
/// one transcript, not five with the same URL: the richest is read (one that names its speakers, then one with times,
/// then Podcasting 2.0 JSON, WebVTT, SRT, SubViewer, Markdown, text) and each other file gets a warning naming it.
/// </summary>
internal static class SameRecordingFormats
{
    private static readonly string[] FormatOrder = [".txt", ".md", ".sbv", ".srt", ".vtt", ".json"];

    /// <summary>
    /// Keeps the best of each group in <paramref name="outputs"/>; the others lose their document, their diagnostics give
    /// way to one warning, and their id is cleared so that they are no duplicate.
    /// </summary>
    public static void KeepOne(IReadOnlyList<Document> inputs, Document?[] outputs, IReadOnlyList<Diagnostic>[] reported, List<string> ids)
    {
        var groups = Enumerable.Range(0, inputs.Count)
            .GroupBy(index => (ids[index], Stem(inputs[index].GetString(MetadataKeys.RelativePath))))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var best = group.MaxBy(index => Rank(inputs[index], outputs[index]));
            var kept = inputs[best].Source;
            foreach (var index in group.Where(index => index != best))
            {
                outputs[index] = null;
                ids[index] = string.Empty;
                reported[index] = [Diagnostic.Warning(DiagnosticCodes.DuplicateSlug, inputs[index].Source, 0, 0,
                    $"the same transcript as {kept} in another format: {Path.GetFileName(kept)} is read{Why(outputs[best])}, this file is not")];
            }
        }
    }

    private static string Stem(string relativePath) => relativePath[..^Path.GetExtension(relativePath).Length];

    private static int Rank(Document input, Document? output)
    {
        var format = Array.IndexOf(FormatOrder, Path.GetExtension(input.GetString(MetadataKeys.RelativePath)).ToLowerInvariant());
        if (output?.Get<Transcript>(MetadataKeys.Transcript) is not { } transcript)
        {
            return format;
        }

        return 1000 + (NamesSpeakers(transcript) ? 100 : 0) + (transcript.IsTimed ? 10 : 0) + format;
    }

    private static string Why(Document? kept) => kept?.Get<Transcript>(MetadataKeys.Transcript) is { } transcript
        ? NamesSpeakers(transcript) ? " (it names its speakers)" : transcript.IsTimed ? " (it has times)" : string.Empty
        : string.Empty;

    private static bool NamesSpeakers(Transcript transcript) =>
        transcript.Speakers.Any(speaker => !People.PeopleDirectory.PlaceholderName().IsMatch(TextRules.Key(speaker.Name)));
}
