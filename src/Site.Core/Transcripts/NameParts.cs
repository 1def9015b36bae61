namespace Site.Transcripts;

/// <summary>
/// What a person written in full (<c>Dr. Jane O'Neil</c>, <c>Martin Luther King Jr.</c>) is also called by: the first
/// name, skipping titles and initials (<c>Dr.</c>, <c>P.W.</c>), and the surname, skipping suffixes (<c>Jr.</c>,
/// <c>III</c>). Only for names of two or more Latin words; CJK names are not written in parts.
/// </summary>
internal static class NameParts
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>The first name and the surname of <paramref name="name"/> (one word for <c>P.W. SINGER</c>), or nothing when it is one word or CJK.</summary>
    public static (string First, string Last)? Of(string name)
    {
        if (TextRules.ContainsCjk(name))
        {
            return null;
        }

        var words = TextRules.Words(name);
        if (words.Length < 2)
        {
            return null;
        }

        var start = 0;
        while (start < words.Length - 1 && words[start].EndsWith('.'))
        {
            start++;
        }

        var end = words.Length - 1;
        while (end > start && Suffixes.Contains(words[end]))
        {
            end--;
        }

        return (words[start], words[end]);
    }

    /// <summary>Whether the one-word <paramref name="brief"/> is the first name or surname of <paramref name="full"/>, as folded keys.</summary>
    public static bool IsFirstOrLast(string brief, string full) =>
        Of(full) is { } parts && (TextRules.Key(parts.First) == brief || TextRules.Key(parts.Last) == brief);
}
