namespace Site.Transcripts;

/// <summary>
/// Finds speakers when neither front matter nor a guest block names them. The rule: a paragraph prefix
/// <c>X:</c> (or <c>X：</c>) with text after it, where X is name-like (at most three words and 24 characters, a
/// letter, no sentence punctuation or quotes, see <see cref="TextRules.IsNameLike"/>) and the line is not a
/// heading, names a speaker when the same X (ignoring case and full-width forms) starts at least two paragraphs.
/// One-off prefixes (<c>Note: ...</c>, <c>The answer is simple: ...</c>) stay text. Speakers come in order of
/// their first turn; <c>X(Alias)</c> gives an alias; X that is a host role word (<c>Host</c>, <c>主持人</c>) is the host.
/// A label with a time stamp (<c>[00:01:05] X:</c>, <c>X  0:03</c>, or <c>**X:**</c> over stamped lines) names a speaker
/// the first time: tools write them. A name alone on its line (<c>Jane Doe:</c>, <c>**Jane Doe**</c>) over the text
/// they said names a speaker when it recurs; in an Otter export without times, whose labels end in two spaces
/// (<c>Unknown Speaker  </c>), it names one the first time.
/// <c>Q</c> and <c>A</c> are the interviewer and the interviewee.
/// </summary>
internal static class SpeakerDiscovery
{
    private const int MinimumTurns = 2;

    public static List<SpeakerEntry> Discover(IEnumerable<SourceLine> lines)
    {
        var counts = new Dictionary<string, (SpeakerEntry Entry, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        var list = lines.ToList();
        var otterLayout = IsOtterLayout(list);
        var splits = list.Select(line => HeadingRule.Match(line.Text) is null ? (otterLayout ? TurnPrefix.Split(line) : TurnPrefix.Split(line.Text)) : null).ToArray();
        var stampLayout = IsStampAboveLayout(splits, list);
        for (var index = 0; index < list.Count; index++)
        {
            var line = list[index];
            if (splits[index] is not { } split)
            {
                continue;
            }

            var (labelName, description) = DescribedLabel.Split(split.Prefix);
            if (!TextRules.IsNameLike(labelName))
            {
                continue;
            }

            // "**SPEAKER_01:**" alone, then "[00:25] text" lines: the label is as sure as a stamped one. So is a label
            // ending in Otter's two spaces, or a stamp and a name over the text, in a file that writes its labels so:
            // a voice a tool could not tell apart ("Unknown Speaker", "Speaker 3") often speaks once.
            var stamped = (split.Start is not null && split.IsLabel) ||
                (split.IsLabel && index + 1 < list.Count && TimeStamp.Leading(list[index + 1].Text) is not null) ||
                (otterLayout && line.WideEnd && split.Rest.Length == 0 && IsLabelAboveText(split, list, index)) ||
                (stampLayout && IsStampAbove(split) && IsLabelAboveText(split, list, index));
            if (split.Rest.Length == 0 && !stamped && !IsLabelAboveText(split, list, index))
            {
                continue;
            }

            var weight = stamped ? MinimumTurns : 1;
            var key = TextRules.Key(labelName);
            if (counts.TryGetValue(key, out var seen))
            {
                counts[key] = (seen.Entry.Role is null && description is not null ? seen.Entry with { Role = description } : seen.Entry, seen.Count + weight);
                continue;
            }

            var (name, alias) = GuestEntryParser.SplitBracket(labelName);
            var role = description ?? (GuestEntryParser.IsRoleWord(name) ? name : alias is not null && GuestEntryParser.IsRoleWord(alias) ? alias : HeaderDeclarations.QaRole(name));
            var aliases = alias is null || alias == role ? [] : new[] { alias };
            counts[key] = (new SpeakerEntry(name, aliases, role, string.Empty, null, line.Number, line.Column, role is not null), weight);
            order.Add(key);
        }

        AddNameHeadings(list, counts, order);
        AddRangeLabels(list, counts, order);
        AddDottedQa(list, counts, order);
        MergeShortNames(counts, order);
        var labelsEveryLine = LabelsEveryLine(splits, list, counts);
        // Speakers come in the order of their first turn, whichever way it was written.
        return order
            .OrderBy(key => counts[key].Entry.Line)
            .Where(key => counts[key].Count >= MinimumTurns || (labelsEveryLine && counts[key].Count == 1 && IsFullName(counts[key].Entry.Name)))
            .Select(key => counts[key].Entry)
            .ToList();
    }

    /// <summary>
    /// Meeting tools (Google Meet, Teams, Zoom's text) write <c>Name: text</c> on every line, a speaker's next line too: in
    /// a file where at least two names recur and such lines are most of the text, someone who speaks once (a guest's
    /// "Yeah.") is a speaker, as a caption file that names every cue has them. Only a full name (<c>Justin Sous</c>) or a
    /// numbered voice (<c>Speaker 3</c>) is taken so; a single word said once (<c>Note: ...</c>) stays warning SITE302.
    /// </summary>
    private static bool LabelsEveryLine(PrefixSplit?[] splits, List<SourceLine> lines, Dictionary<string, (SpeakerEntry Entry, int Count)> counts)
    {
        const int MinimumLabelled = 6;
        if (counts.Values.Count(seen => seen.Count >= MinimumTurns) < MinimumTurns)
        {
            return false;
        }

        var (labelled, text) = (0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            if (TimeStamp.Leading(lines[i].Text) is { Text.Length: 0 } || HeadingRule.Match(lines[i].Text) is not null)
            {
                continue; // Meet's "00:05:00" alone between lines, the headings around them
            }

            // From the first label on: a title, a date and an attendee list come before the conversation.
            var isLabel = splits[i] is { } split && TextRules.IsNameLike(split.Prefix);
            text += isLabel || labelled > 0 ? 1 : 0;
            labelled += isLabel ? 1 : 0;
        }

        return labelled >= MinimumLabelled && labelled * 4 >= text * 3;
    }

    private static bool IsFullName(string name)
    {
        var words = TextRules.Words(name);
        if (words.Length < 2)
        {
            return false;
        }

        // "Speaker 3"; "Justin Sous", but not "Editor's Note".
        return words[^1].AsSpan().ContainsAnyExceptInRange('0', '9') is false
            ? TurnPrefix.IsBareLabel(name)
            : TextRules.IsPersonName(name) && !words.Any(word => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>
    /// The name below a cue's timing line, as Teams writes its transcript in text (<c>0:0:5.320 --&gt; 0:0:9.840</c>, then
    /// <c>Jane Doe</c>, then what she said): a label where two names recur so, and then a name heard once too, as a
    /// caption file that names every cue's speaker has them.
    /// </summary>
    public static string? RangeLabel(IReadOnlyList<SourceLine> lines, int index) =>
        index > 0 && index + 1 < lines.Count && TimeStamp.RangeAlone(lines[index - 1].Text) is not null &&
        TimeStamp.Leading(lines[index + 1].Text) is null && TurnPrefix.IsBareLabel(lines[index].Text) && TextRules.IsNameLike(lines[index].Text)
            ? lines[index].Text
            : null;

    private static void AddRangeLabels(List<SourceLine> lines, Dictionary<string, (SpeakerEntry Entry, int Count)> counts, List<string> order)
    {
        var labels = new Dictionary<string, (SourceLine Line, string Name, int Count)>(StringComparer.Ordinal);
        for (var index = 1; index + 1 < lines.Count; index++)
        {
            if (RangeLabel(lines, index) is { } name)
            {
                var key = TextRules.Key(name);
                labels[key] = labels.TryGetValue(key, out var seen) ? (seen.Line, seen.Name, seen.Count + 1) : (lines[index], name, 1);
            }
        }

        if (labels.Values.Count(label => label.Count >= MinimumTurns) < MinimumTurns)
        {
            return;
        }

        foreach (var (line, name, count) in labels.Values)
        {
            Count(counts, order, name, line, Math.Max(count, MinimumTurns));
        }
    }

    /// <summary>
    /// <c>#### Jamie</c> and <c>#### Zac</c> over what each said, again and again: two or more names that each head
    /// several paragraphs are speakers, not sections (a section's title does not come back). A name heading with the
    /// time the speaker starts (<c>## [00:00:00] SPEAKER_00</c>) is surer: one such name that comes back makes the file's
    /// stamped headings of its level labels, so a voice heard once there (<c>## [00:41:07] SPEAKER_02</c>) is a speaker
    /// too, while a chapter's stamped heading of another level (<c>## Opening (0:00)</c>) stays a section.
    /// </summary>
    private static void AddNameHeadings(List<SourceLine> lines, Dictionary<string, (SpeakerEntry Entry, int Count)> counts, List<string> order)
    {
        var headings = new Dictionary<string, (SourceLine Line, NameHeadingMatch Heading, int Count, int Stamped)>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < lines.Count; index++)
        {
            if (HeadingRule.NameHeading(lines[index].Text) is not { } heading || HeadingRule.Match(lines[index + 1].Text) is not null)
            {
                continue;
            }

            var key = TextRules.Key(heading.Name);
            var stamped = heading.Start is null ? 0 : 1;
            headings[key] = headings.TryGetValue(key, out var seen)
                ? (seen.Line, seen.Heading, seen.Count + 1, seen.Stamped + stamped)
                : (lines[index], heading, 1, stamped);
        }

        var recurring = headings.Where(heading => heading.Value.Count >= MinimumTurns).ToList();
        var stampedLevels = recurring.Where(heading => heading.Value.Stamped >= MinimumTurns).Select(heading => heading.Value.Heading.Level).ToHashSet();
        if (stampedLevels.Count > 0)
        {
            recurring.AddRange(headings.Where(heading =>
                heading.Value.Count == 1 && heading.Value.Stamped == 1 && stampedLevels.Contains(heading.Value.Heading.Level) &&
                (TurnPrefix.IsBareLabel(heading.Value.Heading.Name) || People.PeopleDirectory.PlaceholderName().IsMatch(TextRules.Key(heading.Value.Heading.Name)))));
        }
        else if (recurring.Count < MinimumTurns)
        {
            return;
        }

        foreach (var (line, heading, count, _) in recurring.Select(pair => pair.Value))
        {
            Count(counts, order, heading.Name, line, Math.Max(count, MinimumTurns));
        }
    }

    /// <summary><c>Q. text</c> and <c>A. text</c>, each at least twice: the interviewer and the interviewee.</summary>
    private static void AddDottedQa(List<SourceLine> lines, Dictionary<string, (SpeakerEntry Entry, int Count)> counts, List<string> order)
    {
        var labels = lines
            .Select(line => (Line: line, Label: DottedQaLabel.Split(line.Text)?.Prefix))
            .Where(pair => pair.Label is not null)
            .GroupBy(pair => pair.Label!)
            .Where(group => group.Count() >= MinimumTurns)
            .ToList();
        if (labels.Count < 2)
        {
            return;
        }

        foreach (var group in labels)
        {
            Count(counts, order, group.Key, group.First().Line, group.Count());
        }
    }

    /// <summary>
    /// Counts <paramref name="turns"/> turns of the label <paramref name="name"/>, first written at <paramref name="line"/>:
    /// more turns of a speaker already found, or a new one.
    /// </summary>
    private static void Count(Dictionary<string, (SpeakerEntry Entry, int Count)> counts, List<string> order, string name, SourceLine line, int turns)
    {
        var key = TextRules.Key(name);
        if (counts.TryGetValue(key, out var seen))
        {
            counts[key] = (seen.Entry, seen.Count + turns);
            return;
        }

        counts[key] = (new SpeakerEntry(name, [], HeaderDeclarations.QaRole(name), string.Empty, null, line.Number, line.Column), turns);
        order.Add(key);
    }

    /// <summary>
    /// Broadcasters name a person in full once (<c>TERRY GROSS, HOST:</c>) and by surname after that (<c>GROSS:</c>);
    /// guests named in full once often go by their first name after. A one-word label that is the first or last name
    /// of exactly one longer label is that speaker, called by the longer name, unless both recur on their own:
    /// <c>Sam</c> and <c>Sam Altman</c>, each again and again, are two people. A surname two labels share
    /// (<c>JOHN SMITH</c>, <c>MARY SMITH</c>) stays a label of its own.
    /// </summary>
    private static void MergeShortNames(Dictionary<string, (SpeakerEntry Entry, int Count)> counts, List<string> order)
    {
        foreach (var shortKey in order.ToList())
        {
            var (brief, briefCount) = counts[shortKey];
            if (shortKey.Contains(' ') || TextRules.ContainsCjk(shortKey) || brief.Role is not null || brief.Aliases.Count > 0)
            {
                continue;
            }

            var longer = order.Where(key => key != shortKey && NameParts.IsFirstOrLast(shortKey, key)).ToList();
            if (longer.Count != 1 || (briefCount >= MinimumTurns && counts[longer[0]].Count >= MinimumTurns))
            {
                continue;
            }

            var (full, fullCount) = counts[longer[0]];
            var first = brief.Line < full.Line ? brief : full;
            counts[longer[0]] = (full with { Aliases = [.. full.Aliases, brief.Name], Line = first.Line, Column = first.Column, NameFirstForSlug = true }, fullCount + briefCount);
            counts.Remove(shortKey);
            order.Remove(shortKey);
        }
    }

    /// <summary>
    /// <c>Jane Doe:</c> or <c>**Jane Doe**</c> alone, the words on the lines below: a name (not <c>Example:</c>) over a
    /// line that is no label itself. Like any prefix, it names a speaker when it recurs. After a stamp
    /// (<c>00:00:04 Speaker 2</c>) the line below must have none: in a file stamped line by line, <c>[00:12:30] Okay</c>
    /// is a sentence.
    /// </summary>
    private static bool IsLabelAboveText(PrefixSplit split, List<SourceLine> lines, int index) =>
        index + 1 < lines.Count &&
        TurnPrefix.IsBareLabel(split.Prefix) &&
        TurnPrefix.Split(lines[index + 1]) is null &&
        HeadingRule.Match(lines[index + 1].Text) is null &&
        (split.Start is null || TimeStamp.Leading(lines[index + 1].Text) is null);

    /// <summary>
    /// Labels of a stamp and a name (<c>00:00:04 Speaker 2</c>) over unstamped text on several lines: the file is
    /// written so (Word's Transcribe), not a stamped sentence that happens to be a capitalised word (<c>[00:12:30] Okay</c>).
    /// </summary>
    private static bool IsStampAboveLayout(PrefixSplit?[] splits, List<SourceLine> lines)
    {
        const int Labels = 4;
        var count = 0;
        for (var i = 0; i < splits.Length && count < Labels; i++)
        {
            if (splits[i] is { } split && IsStampAbove(split) && IsLabelAboveText(split, lines, i))
            {
                count++;
            }
        }

        return count >= Labels;
    }

    private static bool IsStampAbove(PrefixSplit split) => split.Start is not null && !split.IsLabel && split.Rest.Length == 0;

    /// <summary>
    /// Two or more labels alone on their lines with Otter's two trailing spaces, and at least as many such labels as
    /// other lines ending so: the file is an Otter export, not Markdown whose author ends lines with a hard break
    /// (where "Right  " alone would look like a label).
    /// </summary>
    public static bool IsOtterLayout(IReadOnlyList<SourceLine> lines)
    {
        var labels = 0;
        var others = 0;
        foreach (var line in lines)
        {
            if (!line.WideEnd)
            {
                continue;
            }

            if (TurnPrefix.Split(line) is { Rest.Length: 0 })
            {
                labels++;
            }
            else
            {
                others++;
            }
        }

        return labels >= MinimumTurns && labels >= others;
    }
}
