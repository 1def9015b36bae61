namespace Site.Transcripts;

/// <summary>
/// The line a transcription service signs its export with (<c>Transcribed by https://otter.ai</c>, Sonix's
/// <c>(Transcribed by Sonix.ai - Remove this message by upgrading your Sonix account today!)</c>): it says how the file
/// was made, not what was said, so it is dropped from the end of the transcript. So are the lines Google Meet ends its
/// transcript with, plain or as Markdown makes them (<c>### Transcription ended after 01:02:59</c>, <c>Meeting ended
/// after 00:50:32 👋</c>,
/// <c>*This editable transcript was computer generated and might contain errors. ...*</c>): else they would be the last
/// speaker's words.
/// </summary>
internal static class ExportFooter
{
    private const string Signature = "Transcribed by ";

    private static readonly string[] EndedAfter = ["Transcription ended after ", "Meeting ended after "];

    private const string EditableNote = "This editable transcript was computer generated";

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
        var bare = text.AsSpan().TrimStart('#').Trim().Trim("*_").Trim();
        if (bare.StartsWith(EditableNote, StringComparison.OrdinalIgnoreCase) && bare.Length < 200)
        {
            return true;
        }

        foreach (var ended in EndedAfter)
        {
            if (bare.StartsWith(ended, StringComparison.OrdinalIgnoreCase))
            {
                // "Meeting ended after 00:50:32 👋": the time, and nothing said after it.
                var stamp = bare[ended.Length..].Trim();
                return TimeStamp.At(stamp, 0) is { Start: 0 } time && !TextRules.HasLetter(stamp[time.End..]);
            }
        }

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
