using System.Buffers;
using System.Globalization;
using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>
/// One non-empty line of the transcript body, trimmed, with its 1-based line and column in the file.
/// <see cref="WideEnd"/> keeps what the trim loses that means something: Otter ends a speaker label without times with
/// two spaces (<c>Unknown Speaker  </c>), as it puts two between a name and its time.
/// </summary>
internal readonly record struct SourceLine(string Text, int Number, int Column)
{
    public bool WideEnd { get; init; }
}

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

    /// <summary>
    /// <see cref="Normalize(string)"/>, then removes control characters (C0 but tab and line feed, DEL, C1): they
    /// are not text, and a terminal escape or a bell must not reach a page. <paramref name="removed"/> counts them and
    /// keeps the position of the first.
    /// </summary>
    public static string Normalize(string text, RemovedControlCharacters removed)
    {
        text = Normalize(text);
        var first = ControlCharacters.IndexIn(text);
        if (first < 0)
        {
            return text;
        }

        var lineStart = first == 0 ? 0 : text.LastIndexOf('\n', first - 1) + 1;
        var line = text.AsSpan(0, lineStart).Count('\n') + 1;
        removed.Note(text[first], line, first - lineStart + 1);
        var cleaned = ControlCharacters.Strip(text, out var count);
        removed.Count += count;
        return cleaned;
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
            var text = WithoutHardBreak(TextRules.TrimAll(raw));
            if (!text.IsEmpty)
            {
                var column = raw.IndexOf(text[0]) + 1;
                lines.Add(new SourceLine(text.ToString(), number, Math.Max(column, 1)) { WideEnd = EndsWide(raw) });
            }

            if (end < 0)
            {
                return lines;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>
    /// The line without a Markdown hard break at its end (<c>text \</c>, as a whisper notebook ends each turn): every line is
    /// a paragraph of its own, so the break is nothing, and its backslash no word. An escaped backslash (<c>\\</c>) stays.
    /// (Two trailing spaces, the other hard break, go with the trim; <see cref="SourceLine.WideEnd"/> keeps that they were.)
    /// </summary>
    private static ReadOnlySpan<char> WithoutHardBreak(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[^1] == '\\' && (text.Length == 1 || text[^2] != '\\') ? TextRules.TrimAll(text[..^1]) : text;

    // Two spaces or a tab, as Otter writes after a label; one trailing space is a typing slip.
    private static bool EndsWide(ReadOnlySpan<char> raw) =>
        raw.Length > 2 && (raw[^1] == '\t' || (raw[^1] == ' ' && raw[^2] is ' ' or '\t'));
}

/// <summary>The characters transcript text never keeps: C0 controls but tab and line feed, DEL and the C1 controls.</summary>
internal static class ControlCharacters
{
    // ASCII only: a set with the C1 controls in it is searched the slow way (a probabilistic map, 7 % of a large
    // build when every transcript was scanned with it); C1 is a range search of its own.
    private static readonly SearchValues<char> Ascii = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Append(0x7F).Select(c => (char)c)));

    /// <summary>Where the first control character of <paramref name="text"/> is, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(Ascii);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u009F');
        return c1 >= 0 ? c1 : ascii;
    }

    public static bool IsControl(char c) => c < '\u0020' ? c is not ('\t' or '\n') : c is >= '\u007F' and <= '\u009F';

    /// <summary><paramref name="text"/> without its control characters, and how many there were.</summary>
    public static string Strip(string text, out int count)
    {
        var first = IndexIn(text);
        if (first < 0)
        {
            count = 0;
            return text;
        }

        var kept = new char[text.Length];
        text.AsSpan(0, first).CopyTo(kept);
        var length = first;
        count = 0;
        foreach (var c in text.AsSpan(first))
        {
            if (IsControl(c))
            {
                count++;
            }
            else
            {
                kept[length++] = c;
            }
        }

        return new string(kept, 0, length);
    }

    /// <summary>
    /// The front matter's values without control characters: YAML escapes (<c>"\e"</c>, <c>"\a"</c>) make them
    /// after the file's own were removed. A speaker's are placed at its entry, others at line 1.
    /// </summary>
    public static TranscriptHeader Clean(TranscriptHeader header, RemovedControlCharacters removed)
    {
        string? Clean(string? value, int line = 1, int column = 1)
        {
            if (value is null || IndexIn(value) is var at && at < 0)
            {
                return value;
            }

            removed.Note(value[at], line, column);
            var cleaned = Strip(value, out var count);
            removed.Count += count;
            return cleaned;
        }

        var before = removed.Count;
        var speakers = header.Speakers
            .Select(s => s with
            {
                Name = Clean(s.Name, s.Line, s.Column)!,
                Aliases = s.Aliases.Select(alias => Clean(alias, s.Line, s.Column)!).ToList(),
                Role = Clean(s.Role, s.Line, s.Column),
                Bio = Clean(s.Bio, s.Line, s.Column)!,
                Slug = Clean(s.Slug, s.Line, s.Column),
            })
            .ToList();
        var cleaned = header with { Title = Clean(header.Title), Date = Clean(header.Date), Source = Clean(header.Source), Speakers = speakers };
        return removed.Count == before ? header : cleaned;
    }
}

/// <summary>The control characters removed from one file: one warning (SITE018) counts them and points at the first.</summary>
internal sealed class RemovedControlCharacters
{
    private (char Character, int Line, int Column)? _first;

    public int Count { get; set; }

    public void Note(char character, int line, int column) => _first ??= (character, line, column);

    public void Report(string path, List<Diagnostic> diagnostics)
    {
        if (Count == 0 || _first is not { } first)
        {
            return;
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ControlCharacters, path, first.Line, first.Column, string.Create(CultureInfo.InvariantCulture,
            $"removed {Count} control character{(Count == 1 ? "" : "s")} (the first, U+{(int)first.Character:X4}, here): transcript text is text, and they would reach the pages as invisible or terminal codes")));
    }
}
