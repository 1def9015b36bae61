using System.Text;
using System.Text.RegularExpressions;

namespace Site.Transcripts.Readers;

/// <summary>
/// UTF-8 bytes of a JSON text and the 1-based line and column of a byte offset, for diagnostics. A lone surrogate
/// written as an escape (<c>"\ud800"</c>) is valid JSON that no .NET string can be read from: it becomes
/// <c>\uFFFD</c>, as a lone surrogate in a file does, the text keeping its length so positions hold.
/// </summary>
internal sealed partial class JsonPositions
{
    private readonly List<int> _lineStarts = [0];

    public JsonPositions(string text)
    {
        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        Bytes = Encoding.UTF8.GetBytes(text.Contains("\\u", StringComparison.Ordinal) ? LoneSurrogateEscape().Replace(text, "\\uFFFD") : text);
        for (var i = 0; i < Bytes.Length; i++)
        {
            if (Bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public byte[] Bytes { get; }

    // The last position asked for: readers ask in file order, so a column is counted on from there, not from the
    // line's start (a minified file is one line: counting from its start for every segment would be quadratic).
    private (int Line, int Offset, int Characters) _last = (-1, 0, 0);

    /// <summary>
    /// The line and column of a place <see cref="System.Text.Json.JsonException"/> gives as a line (0-based) and a byte
    /// position in it: the column in characters, not bytes, so it stays right on a line of Chinese text.
    /// </summary>
    public (int Line, int Column) AtLineByte(long line, long bytePositionInLine)
    {
        var start = _lineStarts[(int)Math.Clamp(line, 0, _lineStarts.Count - 1)];
        return At(Math.Clamp(start + bytePositionInLine, start, Bytes.Length));
    }

    /// <summary>The line and column of a byte offset; the column counts characters (UTF-16), as editors do.</summary>
    public (int Line, int Column) At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        index = index >= 0 ? index : ~index - 1;
        var (from, characters) = _last.Line == index && _last.Offset <= offset ? (_last.Offset, _last.Characters) : (_lineStarts[index], 0);
        characters += Encoding.UTF8.GetCharCount(Bytes, from, (int)offset - from);
        _last = (index, (int)offset, characters);
        return (index + 1, characters + 1);
    }

    // An escape of a high surrogate not followed by one of a low surrogate, or of a low one not after a high one;
    // only where the backslash is not itself escaped.
    [GeneratedRegex(@"(?<=(?<!\\)(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})")]
    private static partial Regex LoneSurrogateEscape();
}
