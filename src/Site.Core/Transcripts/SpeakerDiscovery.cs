namespace Site.Transcripts;

/// <summary>
/// Finds speakers when neither front matter nor a guest block names them. The rule: a paragraph prefix
/// <c>X:</c> (or <c>X：</c>) with text after it, where X is name-like (at most three words and 24 characters, a
/// letter, no sentence punctuation or quotes, see <see cref="TextRules.IsNameLike"/>) and the line is not a
/// heading, names a speaker when the same X (ignoring case and full-width forms) starts at least two paragraphs.
/// One-off prefixes (<c>Note: ...</c>, <c>The answer is simple: ...</c>) stay text. Speakers come in order of
/// their first turn; <c>X(Alias)</c> gives an alias; X that is a host role word (<c>Host</c>, <c>主持人</c>) is the host.
/// </summary>
internal static class SpeakerDiscovery
{
    private const int MinimumTurns = 2;

    public static List<SpeakerEntry> Discover(IEnumerable<SourceLine> lines)
    {
        var counts = new Dictionary<string, (SpeakerEntry Entry, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in lines)
        {
            if (HeadingRule.Match(line.Text) is not null || TurnPrefix.Split(line.Text) is not { Rest.Length: > 0 } split || !TextRules.IsNameLike(split.Prefix))
            {
                continue;
            }

            var key = TextRules.Key(split.Prefix);
            if (counts.TryGetValue(key, out var seen))
            {
                counts[key] = (seen.Entry, seen.Count + 1);
                continue;
            }

            var (name, alias) = GuestEntryParser.SplitBracket(split.Prefix);
            var role = GuestEntryParser.IsRoleWord(name) ? name : null;
            counts[key] = (new SpeakerEntry(name, alias is null ? [] : [alias], role, string.Empty, null, line.Number, line.Column, role is not null), 1);
            order.Add(key);
        }

        return order.Where(key => counts[key].Count >= MinimumTurns).Select(key => counts[key].Entry).ToList();
    }
}
