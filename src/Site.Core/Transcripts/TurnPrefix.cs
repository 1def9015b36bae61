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
    public static PrefixSplit? Split(string line)
    {
        var colon = line.IndexOfAny([':', '：']);
        if (colon <= 0 || colon > MaxPrefixLength)
        {
            return null;
        }

        var prefix = line[..colon].Trim();
        var rest = line[(colon + 1)..].Trim();
        if (prefix.Length == 0 || !prefix.Any(char.IsLetter) || prefix.Any(TextRules.IsProsePunctuation) || rest.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        return new PrefixSplit(prefix, rest);
    }
}
