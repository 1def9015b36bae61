using System.Buffers;

namespace Site.Transcripts.Exports;

/// <summary>
/// The text of an export as it is written: a pooled character buffer that cue text, names and stamps are copied into
/// as they are cleaned or escaped, so an export allocates its finished string and nothing per cue.
/// </summary>
internal sealed class ExportText : IDisposable
{
    private char[] buffer;
    private int length;

    public ExportText(int capacity) => buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, capacity));

    /// <summary>Characters written so far; set lower to take back what was written after that point.</summary>
    public int Length
    {
        get => length;
        set => length = Math.Clamp(value, 0, length);
    }

    public ExportText Append(char c)
    {
        if (length == buffer.Length)
        {
            Grow(1);
        }

        buffer[length++] = c;
        return this;
    }

    public ExportText Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
        return this;
    }

    /// <summary>A number in invariant digits.</summary>
    public ExportText Append(int number)
    {
        if (length + 11 > buffer.Length)
        {
            Grow(11);
        }

        number.TryFormat(buffer.AsSpan(length), out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    /// <summary>A stamp as <see cref="TranscriptTimes.Stamp"/> writes it.</summary>
    public ExportText AppendStamp(double seconds, char? separator)
    {
        if (length + TranscriptTimes.MaxStampLength > buffer.Length)
        {
            Grow(TranscriptTimes.MaxStampLength);
        }

        length += TranscriptTimes.WriteStamp(buffer.AsSpan(length), seconds, separator);
        return this;
    }

    /// <summary>
    /// <paramref name="text"/> as <see cref="TranscriptCues.Clean"/> gives it (blank runs as one space, none at the
    /// ends), with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as character references when <paramref name="escape"/>.
    /// </summary>
    public ExportText AppendClean(string text, bool escape = false)
    {
        // At most five characters per character written (&amp;), and usually exactly one.
        if (length + (text.Length * (escape ? 5 : 1)) > buffer.Length)
        {
            Grow(text.Length * (escape ? 5 : 1));
        }

        var span = buffer.AsSpan();
        if (TranscriptCues.IsClean(text) && (!escape || text.AsSpan().IndexOfAny('&', '<', '>') < 0))
        {
            // Cue text is cleaned when cues are cut, and seldom holds a character to escape: copied as it is.
            text.CopyTo(span[length..]);
            length += text.Length;
            return this;
        }

        var start = length;
        var blank = false;
        foreach (var c in text)
        {
            if (TranscriptCues.IsBlank(c))
            {
                blank = length > start;
                continue;
            }

            if (blank)
            {
                span[length++] = ' ';
                blank = false;
            }

            if (escape && c is '&' or '<' or '>')
            {
                var reference = c switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" };
                reference.CopyTo(span[length..]);
                length += reference.Length;
                continue;
            }

            span[length++] = c;
        }

        return this;
    }

    public override string ToString() => new(buffer, 0, length);

    /// <summary>The text as the UTF-8 bytes of its file: encoded once, here, instead of made a string and encoded by the writer.</summary>
    public byte[] ToUtf8()
    {
        var text = buffer.AsSpan(0, length);
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text)];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(buffer);
        buffer = [];
        length = 0;
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + more));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }
}
