namespace Site.Transcripts;

public enum TranscriptPageKind
{
    Overview,
    Section,
    Speaker,
    SectionsIndex,
    SpeakersIndex,
    Home,
}

/// <summary>
/// What a planned transcript page will show, kept in its document's metadata until PostProcess writes its Markdown:
/// the transcript (or all of them, for the indexes), and which section or speaker.
/// </summary>
public sealed record TranscriptPage(
    TranscriptPageKind Kind,
    Transcript? Transcript,
    IReadOnlyList<Transcript> All,
    TranscriptUrls Urls,
    int SectionIndex = -1,
    string? SpeakerSlug = null);
