namespace Site.Transcripts.Exports;

/// <summary>A stretch of a turn with its times, as the exports write it: one speaker, one line of text.</summary>
public sealed record Cue(double Start, double End, Speaker? Speaker, string SpeakerSlug, string Text)
{
    /// <summary>The name an export gives the voice: the speaker's name, else the slug the turn was attributed to.</summary>
    public string Voice => Speaker?.Name ?? SpeakerSlug;

    /// <summary>The whole turn, for a cue that is one (<see cref="TranscriptCues.Turns"/>).</summary>
    public Turn? Turn { get; init; }
}
