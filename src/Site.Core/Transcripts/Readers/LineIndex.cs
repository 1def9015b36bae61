namespace Site.Transcripts.Readers;

/// <summary>1-based line numbers of character offsets in a text with LF line ends.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        // Line feed to line feed with the vectorized search: lines are short, yet it beats testing every character.
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            _starts.Add(at + 1);
        }
    }

    public int LineOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
