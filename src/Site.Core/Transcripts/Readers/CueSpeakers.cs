using System.Text.RegularExpressions;

namespace Site.Transcripts.Readers;

/// <summary>A possible speaker prefix of a cue's first line; <paramref name="IsLabel"/> for diarization labels.</summary>
internal readonly record struct PrefixCandidate(string Name, string Rest, bool IsLabel);

/// <summary>
/// Finds who speaks in cues that carry no voice: a leading <c>Name:</c> (Zoom, Buzzsprout SRT, film subtitles'
/// <c>DOPINDER:</c> on a line of its own) or a diarization label (<c>[SPEAKER_00]:</c>, <c>SPEAKER_00:</c>, WhisperX;
/// <c>[SPEAKER_00] </c>, other pyannote pipelines).
/// A name-like prefix counts only when the sidecar declares it, it opens at least two cues, half the cues open with
/// a name (Zoom), or the file is that one cue: a one-off <c>Note: ...</c> stays text, because a wrong speaker is
/// worse than none.
/// </summary>
internal static partial class CueSpeakers
{
    /// <summary>The prefix of <paramref name="line"/> that may name a speaker, and the text after it; null when none.</summary>
    public static PrefixCandidate? Candidate(string line)
    {
        var label = DiarizationLabel().Match(line);
        if (label.Success)
        {
            // The tool's own word for a stretch its diarization gave nobody: shown as such, never as a person.
            var name = label.Groups["label"].Value is "UNKNOWN" ? TimedTranscriptBuilder.UnknownSpeaker : label.Groups["label"].Value;
            return new PrefixCandidate(name, line[label.Length..].TrimStart(), true);
        }

        if (TurnPrefix.Split(line) is { } split && TextRules.IsNameLike(split.Prefix) && !split.Prefix.Contains('[') && !split.Prefix.StartsWith('-'))
        {
            // "00:12: ..." or "Q1: ..." are not people.
            return split.Prefix.Any(char.IsDigit) ? null : new PrefixCandidate(split.Prefix, split.Rest, false);
        }

        return null;
    }

    /// <summary>Dialogue lines of film subtitles: <c>- Yes.</c> / <c>- No.</c>, two speakers in one cue.</summary>
    public static bool IsDialogueLine(string line) => line.Length > 1 && line[0] is '-' or '–' or '—' && (line.Length == 1 || line[1] == ' ' || char.IsLetter(line[1]) || line[1] == '¿' || line[1] == '¡');

    /// <summary>
    /// <c>[SPEAKER_00]:</c> and <c>SPEAKER_00:</c> (WhisperX), or the bracketed label without a colon as pyannote
    /// pipelines write it (<c>[SPEAKER_00] text</c>, <c>[UNKNOWN] text</c> where no voice was matched).
    /// </summary>
    [GeneratedRegex(@"^(?:\[(?<label>SPEAKER_\d+|UNKNOWN)\](?::|(?=\s)|$)|(?<label>SPEAKER_\d+)\]?:)\s*")]
    private static partial Regex DiarizationLabel();
}
