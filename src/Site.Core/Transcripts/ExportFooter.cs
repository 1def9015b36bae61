namespace Site.Transcripts;

/// <summary>
/// The line a transcription service signs its export with (<c>Transcribed by https://otter.ai</c>, Sonix's
/// <c>(Transcribed by Sonix.ai - Remove this message by upgrading your Sonix account today!)</c>): it says how the file
/// was made, not what was said, so it is dropped from the end of the transcript.
/// </summary>
internal static class ExportFooter
{
    private const string Signature = "Transcribed by ";

    public static void RemoveTrailing(List<SourceLine> lines)
    {
        while (lines.Count > 0 && IsFooter(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>A short last line, bracketed or not, of the signature and a service's domain: "by hand." is no service.</summary>
    private static bool IsFooter(string text)
    {
        var bare = text.AsSpan().Trim();
        if (bare.Length > 2 && bare[0] == '(' && bare[^1] == ')')
        {
            bare = bare[1..^1].Trim();
        }

        if (bare.Length > 100 || !bare.StartsWith(Signature, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var service = bare[Signature.Length..];
        var end = service.IndexOf(' ');
        return IsDomain((end < 0 ? service : service[..end]).TrimEnd('/'));
    }

    // "otter.ai", "Sonix.ai", "https://otter.ai": letters on both sides of the last dot.
    private static bool IsDomain(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        if (dot <= 0 || dot == word.Length - 1 || !char.IsLetter(word[dot - 1]))
        {
            return false;
        }

        foreach (var c in word[(dot + 1)..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
