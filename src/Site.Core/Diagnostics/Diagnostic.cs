using System.Globalization;

namespace Site.Diagnostics;

/// <summary>
/// A problem found in the user's files, printed the way compilers print them
/// (<c>path(line,col): error CODE: message</c>) so editors and CI logs can jump to the spot.
/// Line and column are 1-based; 0 means "not known".
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, string path, int line, int column, string message) =>
        new(Severity.Error, code, path, line, column, message);

    public static Diagnostic Warning(string code, string path, int line, int column, string message) =>
        new(Severity.Warning, code, path, line, column, message);

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var position = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)})")
            : string.Empty;
        return $"{Escape(Path)}{position}: {kind} {Code}: {Escape(Message)}";
    }

    /// <summary>
    /// A file name may hold control characters (ESC starts a terminal command) and bidirectional overrides (which
    /// make a name read backwards); printed raw they would act on the terminal. They are shown as <c>\u001B</c>.
    /// </summary>
    private static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(Unprintable))
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unprintable.Contains(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
}
