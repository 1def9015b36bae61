using Site.Transcripts;
using Site.Transcripts.Exports;

namespace Site.Episodes;

/// <summary>
/// A transcript as an episode of the site's series: what the home page, the previous/next links and the feeds need
/// of it. Small, so it outlives the transcript's model (<see cref="TranscriptLease"/>) to the feeds at the end.
/// </summary>
/// <param name="Url">Root-relative URL of its overview page.</param>
/// <param name="Language">Its own <c>language</c>, or null for the site's.</param>
/// <param name="Summary">Its first paragraph before the sections, or empty.</param>
/// <param name="Media">Its recording as a file (http(s) or relative; not a YouTube page), or null.</param>
/// <param name="Exports">Its exports (timed transcripts only), in <see cref="TranscriptExport.For"/> order.</param>
public sealed record Episode(
    string Id,
    string Title,
    string Url,
    EpisodeDate? Date,
    string? Language,
    string Summary,
    string? Media,
    IReadOnlyList<EpisodeFile> Exports)
{
    public static Episode Of(Transcript transcript, TranscriptUrls urls)
    {
        return new Episode(
            transcript.Id,
            transcript.Title,
            urls.Overview(transcript),
            EpisodeDate.Parse(transcript.Date) ?? EpisodeDate.FromFileName(transcript.SourcePath),
            transcript.Language,
            transcript.Lede.Count > 0 ? transcript.Lede[0].Text : string.Empty,
            TranscriptMedia.IsFile(transcript.Media) ? transcript.Media!.Trim() : null,
            [.. TranscriptExport.For(transcript).Select(export => new EpisodeFile(export.Key, export.Url(transcript), export.MediaType))]);
    }
}

/// <summary>A file of an episode (an export) with its media type.</summary>
public sealed record EpisodeFile(string Key, string Url, string MediaType);
