namespace Site.Transcripts;

/// <summary>
/// A speaker label that says who the speaker is after a comma, as broadcast transcripts write a person's first turn:
/// <c>TERRY GROSS, HOST</c>, <c>ANDERSON COOPER, CNN ANCHOR</c>. Before the comma a person's name (capitalised Latin
/// words, <see cref="TextRules.IsPersonName"/>), after it a few words without punctuation; anything else with a comma
/// is prose (<c>Well, yes</c>, <c>Thank you, everyone</c>).
/// </summary>
internal static class DescribedLabel
{
    private const int MaxDescriptionWords = 6;

    // "DANA BASH, CNN CHIEF POLITICAL CORRESPONDENT": longer than a name alone may be.
    private const int MaxLength = 64;

    public static bool TrySplit(ReadOnlySpan<char> label, out ReadOnlySpan<char> name, out ReadOnlySpan<char> description)
    {
        var comma = label.Length <= MaxLength ? label.IndexOfAny(',', '，') : -1;
        name = comma > 0 ? label[..comma].Trim() : default;
        description = comma > 0 ? label[(comma + 1)..].Trim() : default;
        return !name.IsEmpty &&
            !TextRules.ContainsCjk(name) &&
            name.Contains(' ') &&
            TextRules.IsPersonName(name) &&
            IsDescription(description);
    }

    /// <summary>(Name, Description) of a described label, or the label and null.</summary>
    public static (string Name, string? Description) Split(string label) =>
        TrySplit(label, out var name, out var description) ? (name.ToString(), description.ToString()) : (label, null);

    private static bool IsDescription(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !TextRules.HasLetter(text) || TextRules.HasProsePunctuation(text))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            words += text[range].IsEmpty ? 0 : 1;
        }

        return words <= MaxDescriptionWords;
    }
}
