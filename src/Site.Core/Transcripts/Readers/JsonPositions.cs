using System.Text;

namespace Site.Transcripts.Readers;

/// <summary>UTF-8 bytes of a JSON text and the 1-based line and column of a byte offset, for diagnostics.</summary>
internal sealed class JsonPositions
{
    private readonly List<int> _lineStarts = [0];

    public JsonPositions(string text)
    {
        Bytes = Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        for (var i = 0; i < Bytes.Length; i++)
        {
            if (Bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public byte[] Bytes { get; }

    public (int Line, int Column) At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        index = index >= 0 ? index : ~index - 1;
        return (index + 1, (int)offset - _lineStarts[index] + 1);
    }
}
