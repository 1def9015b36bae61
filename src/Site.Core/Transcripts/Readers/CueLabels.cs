namespace Site.Transcripts.Readers;

/// <summary>A cue with its speaker label decided and any <c>Name:</c> prefix taken off its text.</summary>
/// <param name="Label">The speaker's name as the file writes it, or null for the unnamed speaker.</param>
/// <param name="DialogueParts">For film dialogue cues, one list of lines per <c>- </c> part; null otherwise.</param>
/// <param name="Unattributed">A cue without a name in a file that names the speaker of every cue: shown as
/// <see cref="TimedTranscriptBuilder.UnknownSpeaker"/> and reported, never given to the speaker before it.</param>
internal sealed record LabelledCue(TimedCue Cue, string? Label, IReadOnlyList<TimedLine> Lines, IReadOnlyList<IReadOnlyList<TimedLine>>? DialogueParts, bool Unattributed = false);

/// <summary>Decides who speaks each cue (see <see cref="TimedTranscriptBuilder"/> for the rules).</summary>
internal static class CueLabels
{
    public static List<LabelledCue> Assign(IReadOnlyList<TimedCue> cues, IReadOnlyList<SpeakerEntry> declared)
    {
        var directory = SpeakerDirectory.Build(declared, string.Empty, []);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = 0;
        var prefixed = 0;
        var repeated = 0; // cues that open with the same name as the cue just before them
        string? previousName = null;
        foreach (var cue in cues)
        {
            string? name = null;
            if (cue.MayHavePrefix && cue.Lines.Count > 0)
            {
                open++;
                if (CueSpeakers.Candidate(cue.Lines[0].Text) is { } candidate)
                {
                    prefixed++;
                    name = TextRules.Key(candidate.Name);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }

            repeated += name is not null && name == previousName ? 1 : 0;
            previousName = name;
        }

        // Zoom writes a name before every cue, Buzzsprout at each change of speaker: in a file that names speakers
        // that way, a capitalised name said once (a guest's one answer) is a speaker too, unless a sidecar lists
        // the speakers, which then decides. A file of one cue that opens with a name (an export of a one-cue turn)
        // names it too.
        var namesEveryCue = (prefixed >= 2 && prefixed * 2 >= open) || (cues.Count == 1 && prefixed == 1);
        var namesSpeakers = namesEveryCue || (declared.Count == 0 && counts.Values.Any(count => count >= 2));
        // Zoom and WhisperX write the name again before a speaker's second and third cue in a row: in such a file a
        // cue without a name is one the tool could not attribute (Zoom leaves the name out then), often someone
        // answering, so it is not the previous speaker's. Buzzsprout names a speaker only when the speaker changes,
        // and there a cue without a name does continue the previous speaker.
        var repeatsNames = namesEveryCue && repeated >= 2;
        bool Accepted(PrefixCandidate candidate) =>
            candidate.IsLabel ||
            counts.GetValueOrDefault(TextRules.Key(candidate.Name)) >= 2 ||
            directory.Resolve(candidate.Name).Speaker is not null ||
            (namesSpeakers && (declared.Count == 0 || namesEveryCue) && LooksLikeProperName(candidate.Name));

        var labelled = new List<LabelledCue>(cues.Count);
        string? current = null;
        foreach (var cue in cues)
        {
            if (cue.Voice is { } voice)
            {
                current = voice;
                labelled.Add(new LabelledCue(cue, voice, cue.Lines, null));
                continue;
            }

            if (cue.MayHavePrefix && IsDialogue(cue.Lines))
            {
                // Two people in one cue and no names: neither is the previous speaker for sure.
                current = null;
                labelled.Add(new LabelledCue(cue, null, cue.Lines, DialogueParts(cue.Lines)));
                continue;
            }

            var lines = cue.Lines;
            if (cue.MayHavePrefix && lines.Count > 0 && CueSpeakers.Candidate(lines[0].Text) is { } prefix && Accepted(prefix))
            {
                current = prefix.Name;
                var rest = Skip(lines[0], lines[0].Text.Length - prefix.Rest.Length);
                lines = rest.Text.Length > 0 ? [rest, .. lines.Skip(1)] : [.. lines.Skip(1)];
            }
            else if (repeatsNames && cue.MayHavePrefix && lines.Count > 0)
            {
                current = TimedTranscriptBuilder.UnknownSpeaker;
                labelled.Add(new LabelledCue(cue, current, lines, null, Unattributed: true));
                continue;
            }

            labelled.Add(new LabelledCue(cue, current, lines, null));
        }

        return labelled;
    }

    private static bool LooksLikeProperName(string name) =>
        TextRules.Words(name).All(word => char.IsUpper(word[0]) || !char.IsLetter(word[0])) || TextRules.ContainsCjk(name);

    private static bool IsDialogue(IReadOnlyList<TimedLine> lines) =>
        lines.Count > 1 && lines.Skip(1).Any(line => CueSpeakers.IsDialogueLine(line.Text));

    private static List<IReadOnlyList<TimedLine>> DialogueParts(IReadOnlyList<TimedLine> lines)
    {
        var parts = new List<IReadOnlyList<TimedLine>>();
        List<TimedLine>? part = null;
        foreach (var line in lines)
        {
            if (part is null || CueSpeakers.IsDialogueLine(line.Text))
            {
                part = [];
                parts.Add(part);
            }

            part.Add(line);
        }

        return parts;
    }

    /// <summary>The line without its first <paramref name="count"/> characters, word times moved along.</summary>
    private static TimedLine Skip(TimedLine line, int count)
    {
        var words = line.Words
            .Where(word => word.Offset + word.Length > count)
            .Select(word => word.Offset >= count
                ? word with { Offset = word.Offset - count }
                : word with { Offset = 0, Length = word.Offset + word.Length - count })
            .ToArray();
        return new TimedLine(line.Text[count..], words);
    }
}
