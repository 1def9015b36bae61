namespace Site.Transcripts;

/// <summary>One non-empty line of the transcript body, trimmed, with its 1-based line and column in the file.</summary>
internal readonly record struct SourceLine(string Text, int Number, int Column);

internal static class SourceLines
{
    /// <summary>Normalises BOM and CRLF/CR line endings so line numbers count the same way editors do.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>The non-blank lines of <paramref name="body"/>, numbered from <paramref name="firstLine"/>.</summary>
    public static List<SourceLine> Split(string body, int firstLine)
    {
        var lines = new List<SourceLine>();
        var number = firstLine;
        for (var rest = body.AsSpan(); ; number++)
        {
            var end = rest.IndexOf('\n');
            var raw = end < 0 ? rest : rest[..end];
            var text = TextRules.TrimAll(raw);
            if (!text.IsEmpty)
            {
                var column = raw.IndexOf(text[0]) + 1;
                lines.Add(new SourceLine(text.ToString(), number, Math.Max(column, 1)));
            }

            if (end < 0)
            {
                return lines;
            }

            rest = rest[(end + 1)..];
        }
    }
}
