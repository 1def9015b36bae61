using System.Text;

namespace Site.Text;

/// <summary>Thrown when a file is not valid UTF-8; carries the position of the first bad byte.</summary>
public sealed class InvalidUtf8Exception(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>Reads text files strictly: UTF-8 with or without BOM; anything else is reported, never guessed.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path) => DecodeUtf8(File.ReadAllBytes(path));

    public static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (LooksLikeUtf16(bytes))
        {
            throw new InvalidUtf8Exception("the file looks like UTF-16, not UTF-8; save it as UTF-8", 1, 1);
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Max(0, exception.Index);
            var (line, column) = PositionOf(bytes, index);
            throw new InvalidUtf8Exception($"the file is not valid UTF-8 (byte 0x{bytes[index]:X2}); save it as UTF-8", line, column);
        }
    }

    /// <summary>A UTF-16 byte order mark, or text whose every other byte is zero (UTF-16 without a mark: Latin
    /// letters are a letter byte and a zero byte). Strict UTF-8 decoding accepts zero bytes, so it would not notice.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, 1024)];
        return sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length;
    }

    /// <summary>Line and column of a byte offset, counting characters of the valid text before it.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before[(lastNewline + 1)..];
        var column = Encoding.UTF8.GetCharCount(lineStart) + 1;
        return (line, column);
    }

    /// <summary>Writes UTF-8 without BOM, creating the folder.</summary>
    public static void WriteUtf8(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Strict);
    }
}
