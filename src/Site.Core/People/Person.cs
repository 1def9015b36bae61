using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Someone who speaks in one or more transcripts. <paramref name="Slug"/> is unique in the site and is their
/// <c>data-speaker</c> on every turn and the address of their page, <c>/people/&lt;slug&gt;/</c>.
/// </summary>
/// <param name="Entry">Their entry of people.yml, or null when they were matched by name alone.</param>
/// <param name="Speakers">Where they speak: each transcript's speaker that is them, in transcript order.</param>
public sealed record Person(string Slug, string Name, PersonEntry? Entry, IReadOnlyList<PersonSpeaker> Speakers)
{
    /// <summary>In how many transcripts they speak (two speakers of one transcript can be one person).</summary>
    public int Appearances => Speakers.Select(s => s.TranscriptId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>A transcript's speaker that is a person (transcript id and the speaker's per-transcript slug).</summary>
public sealed record PersonSpeaker(string TranscriptId, Speaker Speaker);
