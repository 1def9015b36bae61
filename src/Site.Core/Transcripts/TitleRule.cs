namespace Site.Transcripts;

/// <summary>The line that will be the title, and whether it is a Markdown heading.</summary>
internal readonly record struct TitleCandidate(SourceLine Line, int Index, string Title);

/// <summary>
/// The title is the front matter <c>title</c>, else the first line that is not scrape noise (a Markdown
/// <c># Title</c> loses its hashes). A first line that is a block, a keyword heading (<c>Part 1: ...</c>) or a turn of
/// a known speaker, or a time alone, is not a title, unless it numbers an episode (<c>第10期 ...</c>, <c>Episode 12: ...</c>), which names the
/// whole transcript; otherwise the transcript id is used instead. A first line that is only a date (Google Meet's) is
/// the transcript's date when the front matter gives none, and the line after it is the title. Later lines that repeat the title verbatim
/// are captions of scraped images and are dropped.
/// </summary>
internal static class TitleRule
{
    public static TitleCandidate? Candidate(IReadOnlyList<SourceLine> lines, IReadOnlyList<bool> skip, string? declaredTitle)
    {
        if (declaredTitle is not null || lines.Count == 0 || skip[0])
        {
            return null;
        }

        var first = lines[0];
        if (TimeStamp.Leading(first.Text) is { Text.Length: 0 })
        {
            // A time alone ("0:0:0.0 --> 0:0:1.250", "0:00") is when the first turn or caption starts, not a title.
            return null;
        }

        if (LeadingDate(lines) is not null && lines.Count > 1 && !skip[1])
        {
            // Google Meet's transcript opens with the meeting's date, then its title ("Call notes - Transcript").
            first = lines[1];
            return HeadingRule.Match(first.Text) is null ? new TitleCandidate(first, 1, first.Text) : null;
        }

        if (HeadingRule.NameHeading(first.Text) is not null && lines.Skip(1).Any(line => line.Text == first.Text))
        {
            // "#### Jamie" again and again heads Jamie's turns; as the title every one of them would be dropped.
            return null;
        }

        if (HeadingRule.Match(first.Text) is { Style: HeadingStyle.Keyword } heading)
        {
            if (first.Text.StartsWith('#'))
            {
                return new TitleCandidate(first, 0, heading.Title);
            }

            // "第10期 ..." or "Episode 12: ..." numbers the whole programme: on the first line it is the title.
            return HeadingRule.IsEpisodeLine(first.Text) ? new TitleCandidate(first, 0, first.Text) : null;
        }

        return new TitleCandidate(first, 0, first.Text);
    }

    /// <summary>
    /// The date a first line gives alone (<c>Oct 2, 2025</c>, <c>March 16, 2026</c>, <c>2 Oct 2025</c>, <c>2025-10-02</c>), as
    /// ISO 8601, or null.
    /// </summary>
    public static string? LeadingDate(IReadOnlyList<SourceLine> lines) =>
        lines.Count > 0 && lines[0].Text.Length <= 20 &&
        DateOnly.TryParseExact(lines[0].Text, DateFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static readonly string[] DateFormats = ["MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

    /// <summary>Marks the title line and its repeats as skipped and returns the title, or null to use the id.</summary>
    public static string? Apply(IReadOnlyList<SourceLine> lines, bool[] skip, string? declaredTitle, TitleCandidate? candidate, SpeakerDirectory speakers)
    {
        var title = declaredTitle?.Trim();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (title is null && candidate is { } c && !(TurnPrefix.Split(c.Line) is { } split && speakers.Resolve(split.Prefix).Speaker is not null) &&
            !(HeadingRule.NameHeading(c.Line.Text) is { } label && speakers.Resolve(label.Name).Speaker is not null))
        {
            title = c.Title;
            skip[c.Index] = true;
            if (c.Index == 1)
            {
                skip[0] = true; // the date above it, which is the transcript's date
            }

            keys.Add(TextRules.Key(c.Line.Text));
        }

        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        keys.Add(TextRules.Key(title));

        // A repeat is about as long as the title: folding a line (NFKC, whitespace runs to one space) is the costly part
        // of this loop, and paragraphs many times the title's length cannot fold down to it, so they are not folded.
        var longest = keys.Max(key => key.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!skip[i] && lines[i].Text.Length <= (4 * longest) + 16 && keys.Contains(TextRules.Key(lines[i].Text)))
            {
                skip[i] = true;
            }
        }

        return title;
    }
}
