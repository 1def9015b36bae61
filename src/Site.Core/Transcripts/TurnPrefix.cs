namespace Site.Transcripts;

/// <summary>The <c>X:</c> / <c>X：</c> start of a paragraph, split into the prefix and what follows.</summary>
internal readonly record struct PrefixSplit(string Prefix, string Rest);

internal static class TurnPrefix
{
    // Longer than any name with an alias in brackets ("Priya Natarajan (DataTalk)"); longer prefixes are prose.
    private const int MaxPrefixLength = 40;

    /// <summary>
    /// Splits at the first colon when what precedes it could be a speaker reference: short, without sentence
    /// punctuation, not a number (<c>10:30</c>) and not a URL scheme (<c>https://</c>).
    /// </summary>
    public static PrefixSplit? Split(string line) =>
        TrySplit(line, out var prefix, out var rest) ? new PrefixSplit(prefix.ToString(), rest.ToString()) : null;

    /// <summary><see cref="Split"/> without making strings: most lines with a colon are not turns, and some callers only ask.</summary>
    public static bool TrySplit(string line, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> rest)
    {
        prefix = rest = default;
        var colon = line.AsSpan().IndexOfAny(':', '：');
        if (colon <= 0 || colon > MaxPrefixLength)
        {
            return false;
        }

        prefix = line.AsSpan(0, colon).Trim();
        rest = line.AsSpan(colon + 1).Trim();
        return !prefix.IsEmpty && TextRules.HasLetter(prefix) && !TextRules.HasProsePunctuation(prefix) && !rest.StartsWith("//", StringComparison.Ordinal);
    }
}
