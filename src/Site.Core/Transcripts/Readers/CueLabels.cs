namespace Site.Transcripts.Readers;

/// <summary>A cue with its speaker label decided and any <c>Name:</c> prefix taken off its text.</summary>
/// <param name="Label">The speaker's name as the file writes it, or null for the unnamed speaker.</param>
/// <param name="DialogueParts">For film dialogue cues, one list of lines per <c>- </c> part; null otherwise.</param>
/// <param name="Unattributed">A cue without a name in a file that names the speaker of every cue: shown as
/// <see cref="TimedTranscriptBuilder.UnknownSpeaker"/> and reported, never given to the speaker before it.</param>
/// <param name="Marked">A <c>&gt;&gt;</c> marker opens the cue (see <see cref="SpeakerMarkers"/>): an unnamed speaker's
/// cue then starts a turn of its own, even after another unnamed one.</param>
internal sealed record LabelledCue(TimedCue Cue, string? Label, IReadOnlyList<TimedLine> Lines, IReadOnlyList<IReadOnlyList<TimedLine>>? DialogueParts, bool Unattributed = false, bool Marked = false);

/// <summary>Decides who speaks each cue (see <see cref="TimedTranscriptBuilder"/> for the rules).</summary>
internal static class CueLabels
{
    public static List<LabelledCue> Assign(IReadOnlyList<TimedCue> timed, IReadOnlyList<SpeakerEntry> declared)
    {
        var parts = SpeakerMarkers.Split(timed);
        // A file that marks changes of speaker with ">>" says who speaks only there: text before its first marker
        // and a marker without a name are someone unknown, never the speaker before them.
        var marksSpeakers = parts.Any(part => part.Marked && part.Cue.Voice is null);
        var directory = SpeakerDirectory.Build(declared, string.Empty, []);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var open = 0;
        var prefixed = 0;
        var repeated = 0; // cues that open with the same name as the cue just before them
        string? previousName = null;
        var (voiced, repeatedVoices) = (0, 0);
        TimedCue? previousCue = null;
        foreach (var (cue, marked) in parts)
        {
            if (cue.Voice is not null)
            {
                voiced++;
                repeatedVoices += previousCue is { } before && before.Voice == cue.Voice && (before.Line, before.Column) != (cue.Line, cue.Column) ? 1 : 0;
            }

            previousCue = cue;
            string? name = null;
            if (cue.MayHavePrefix && cue.Lines.Count > 0)
            {
                open++;
                if (Candidate(cue.Lines[0].Text, marked) is { } candidate)
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
        var namesEveryCue = (prefixed >= 2 && prefixed * 2 >= open) || (parts.Count == 1 && prefixed == 1);
        var namesSpeakers = namesEveryCue || (declared.Count == 0 && counts.Values.Any(count => count >= 2));
        // Zoom and WhisperX write the name again before a speaker's second and third cue in a row: in such a file a
        // cue without a name is one the tool could not attribute (Zoom leaves the name out then), often someone
        // answering, so it is not the previous speaker's. Buzzsprout names a speaker only when the speaker changes,
        // and there a cue without a name does continue the previous speaker.
        // With markers, a cue without one continues the speaker before it by the file's own convention.
        var repeatsNames = namesEveryCue && repeated >= 2 && !marksSpeakers;
        // The same with the format's own speaker field: Podcasting 2.0 JSON and WebVTT voices written on a speaker's
        // every segment; a segment left without one there is not the previous speaker's either.
        var repeatsVoices = voiced >= 2 && voiced * 2 >= parts.Count && repeatedVoices >= 2 && !marksSpeakers;
        bool Accepted(PrefixCandidate candidate, bool marked) =>
            candidate.IsLabel ||
            counts.GetValueOrDefault(TextRules.Key(candidate.Name)) >= 2 ||
            directory.Resolve(candidate.Name).Speaker is not null ||
            (marked ? IsCaptionName(candidate.Name) : namesSpeakers && (declared.Count == 0 || namesEveryCue) && LooksLikeProperName(candidate.Name));

        var labelled = new List<LabelledCue>(parts.Count);
        string? current = marksSpeakers ? TimedTranscriptBuilder.UnknownSpeaker : null;
        var namedAlone = false; // the part before was a marker and a name with no words yet
        foreach (var (cue, marked) in parts)
        {
            if (cue.Voice is { } voice)
            {
                current = voice;
                labelled.Add(new LabelledCue(cue, voice, cue.Lines, null));
                continue;
            }

            // One dash line a cue is film dialogue only where nobody is named: a file that names its speakers names
            // the next one, so a dash there ("- a plan,") is a line of the speaker it named.
            var someoneNamed = current is not null && !(marksSpeakers && current == TimedTranscriptBuilder.UnknownSpeaker);
            if (cue.MayHavePrefix && IsDialogue(cue.Lines, someoneNamed))
            {
                // Two people in one cue and no names: neither is the previous speaker for sure.
                current = marksSpeakers ? TimedTranscriptBuilder.UnknownSpeaker : null;
                labelled.Add(new LabelledCue(cue, current, cue.Lines, DialogueParts(cue.Lines), Unattributed: marksSpeakers, Marked: marked));
                continue;
            }

            var lines = cue.Lines;
            var named = namedAlone;
            namedAlone = false;
            if (cue.MayHavePrefix && lines.Count > 0 && Candidate(lines[0].Text, marked) is { } prefix && Accepted(prefix, marked))
            {
                current = prefix.Name;
                var rest = lines[0].Slice(lines[0].Text.Length - prefix.Rest.Length, lines[0].Text.Length);
                lines = rest.Text.Length > 0 ? [rest, .. lines.Skip(1)] : [.. lines.Skip(1)];
                namedAlone = marked && lines.Count == 0;
            }
            else if (marked && named)
            {
                // ">> MAYOR:" alone, then ">> Thank you.": captioners open the named speaker's first line again.
            }
            else if ((marked || ((repeatsNames || repeatsVoices) && lines.Count > 0)) && cue.MayHavePrefix)
            {
                current = TimedTranscriptBuilder.UnknownSpeaker;
                labelled.Add(new LabelledCue(cue, current, lines, null, Unattributed: true, Marked: marked));
                continue;
            }

            var unknown = current == TimedTranscriptBuilder.UnknownSpeaker && marksSpeakers;
            labelled.Add(new LabelledCue(cue, current, lines, null, Unattributed: unknown));
        }

        return labelled;
    }

    /// <summary>
    /// After a <c>&gt;&gt;</c> marker a name may be a title and a name in capitals longer than a person's name
    /// (<c>COUNCILMEMBER HIGGINS-HORD:</c>): up to four words that <see cref="IsCaptionName"/> takes.
    /// </summary>
    private static PrefixCandidate? Candidate(string line, bool marked)
    {
        if (CueSpeakers.Candidate(line) is { } candidate)
        {
            return candidate;
        }

        return marked && TurnPrefix.Split(line) is { } split && !split.Prefix.Any(char.IsDigit) && !split.Prefix.Contains('[') &&
               TextRules.Words(split.Prefix).Length <= 4 && IsCaptionName(split.Prefix)
            ? new PrefixCandidate(split.Prefix, split.Rest, false)
            : null;
    }

    /// <summary>
    /// A name after a <c>&gt;&gt;</c> marker counts though said once when written as captioners write names: in
    /// capitals (<c>SENATOR WARREN</c>, three letters or more) or as two or more capitalised words (<c>Mayor Gorton</c>);
    /// <c>So:</c>, <c>OK:</c> or <c>thank you:</c> stay text.
    /// </summary>
    private static bool IsCaptionName(string name) =>
        (name.Count(char.IsLetter) >= 3 && !name.Any(char.IsLower)) || (TextRules.Words(name).Length >= 2 && LooksLikeProperName(name));

    private static bool LooksLikeProperName(string name) =>
        TextRules.Words(name).All(word => char.IsUpper(word[0]) || !char.IsLetter(word[0])) || TextRules.ContainsCjk(name);

    /// <summary>
    /// Film subtitles mark each change of speaker with a dash: two lines <c>- Yes.</c> / <c>- No.</c> in one cue, or
    /// one <c>- </c> line a cue across consecutive cues (French and Spanish subtitles often write it so).
    /// </summary>
    private static bool IsDialogue(IReadOnlyList<TimedLine> lines, bool named) =>
        lines.Skip(1).Any(line => CueSpeakers.IsDialogueLine(line.Text)) || (!named && lines.Count > 0 && CueSpeakers.IsDialogueLine(lines[0].Text));

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
}
