namespace Site.Transcripts;

/// <summary>
/// Speakers named in the header, before the conversation starts, outside a guest block:
/// <list type="bullet">
/// <item><c>Role: Name (note)</c> with a role word or <c>Q</c>/<c>A</c> before the colon (<c>主持人：张薇（本刊记者）</c>,
/// <c>Q: Jane Smith (interviewer)</c>): the note is the role when it is a role word, else the bio;</item>
/// <item><c>Role: Name</c> for a Latin name (<c>Interviewer: Jane</c>; <c>Q: Jane Smith</c> needs two words): a short CJK
/// "name" there could as well be a first reply (<c>主持人：大家好</c>);</item>
/// <item><c>Q = Jane Smith, A = Bob Lee</c>: a legend of labels.</item>
/// </list>
/// The label (<c>Q</c>, <c>主持人</c>) becomes an alias, so the turns written with it resolve to the person. The header
/// ends at the first heading or the first turn-like line that is not a declaration.
/// </summary>
internal static class HeaderDeclarations
{
    public static List<SpeakerEntry> Take(IReadOnlyList<SourceLine> lines, bool[] skip)
    {
        var entries = new List<SpeakerEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var line = lines[i];
            if (HeadingRule.Match(line.Text) is not null)
            {
                break;
            }

            var found = Legend(line) ?? (Declaration(line) is { } one ? [one] : null);
            if (found is not null)
            {
                entries.AddRange(found);
                skip[i] = true;
            }
            else if (TurnPrefix.Split(line.Text) is { Rest.Length: > 0 } split && TextRules.IsNameLike(split.Prefix))
            {
                break;
            }
        }

        return entries;
    }

    /// <summary>Adds declared speakers to those found elsewhere: a declaration names the person behind a label already seen.</summary>
    public static List<SpeakerEntry> Merge(IReadOnlyList<SpeakerEntry> found, IReadOnlyList<SpeakerEntry> declared)
    {
        var merged = found.ToList();
        foreach (var entry in declared)
        {
            var label = entry.Aliases[0];
            var byName = merged.FindIndex(e => TextRules.Key(e.Name) == TextRules.Key(entry.Name) || e.Aliases.Any(a => TextRules.Key(a) == TextRules.Key(entry.Name)));
            var byLabel = merged.FindIndex(e => TextRules.Key(e.Name) == TextRules.Key(label) || (QaRole(e.Name) is { } role && TextRules.Key(role) == TextRules.Key(entry.Role ?? string.Empty)));
            if (byName >= 0)
            {
                var known = merged[byName];
                merged[byName] = known with { Aliases = [.. known.Aliases, .. entry.Aliases.Where(a => !known.Aliases.Contains(a))], Role = known.Role ?? entry.Role, Bio = known.Bio.Length > 0 ? known.Bio : entry.Bio };
                if (byLabel >= 0 && byLabel != byName)
                {
                    merged[byName] = merged[byName] with { Aliases = [.. merged[byName].Aliases, merged[byLabel].Name] };
                    merged.RemoveAt(byLabel);
                }
            }
            else if (byLabel >= 0)
            {
                var aliases = entry.Aliases.Contains(merged[byLabel].Name) ? entry.Aliases : [.. entry.Aliases, merged[byLabel].Name];
                merged[byLabel] = entry with { Aliases = aliases };
            }
            else
            {
                merged.Add(entry);
            }
        }

        return merged;
    }

    internal static string? QaRole(string label) => TextRules.Key(label) switch
    {
        "Q" => "Interviewer",
        "A" => "Interviewee",
        _ => null,
    };

    private static SpeakerEntry? Declaration(SourceLine line)
    {
        var colon = line.Text.IndexOfAny([':', '：']);
        if (colon <= 0)
        {
            return null;
        }

        var label = line.Text[..colon].Trim();
        var isQa = QaRole(label) is not null;
        if (!isQa && !GuestEntryParser.IsRoleWord(label))
        {
            return null;
        }

        var (name, note) = GuestEntryParser.SplitBracket(line.Text[(colon + 1)..].Trim());
        if (!TextRules.IsPersonName(name))
        {
            return null;
        }

        if (note is null && (TextRules.ContainsCjk(name) || (isQa && TextRules.Words(name).Length < 2)))
        {
            return null;
        }

        return Entry(label, name, note, line);
    }

    private static List<SpeakerEntry>? Legend(SourceLine line)
    {
        if (!line.Text.Contains('='))
        {
            return null;
        }

        var entries = new List<SpeakerEntry>();
        foreach (var pair in line.Text.Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length is 0 or > 24 || !TextRules.HasLetter(parts[0]))
            {
                return null;
            }

            var (name, note) = GuestEntryParser.SplitBracket(parts[1]);
            if (!TextRules.IsPersonName(name))
            {
                return null;
            }

            entries.Add(Entry(parts[0], name, note, line));
        }

        return entries.Count > 0 ? entries : null;
    }

    private static SpeakerEntry Entry(string label, string name, string? note, SourceLine line)
    {
        var noteIsRole = note is not null && GuestEntryParser.IsRoleWord(note);
        var role = noteIsRole ? note : GuestEntryParser.IsRoleWord(label) ? label : QaRole(label);
        var bio = note is not null && !noteIsRole ? note : string.Empty;
        return new SpeakerEntry(name, [label], role, bio, null, line.Number, line.Column, NameFirstForSlug: true);
    }
}
