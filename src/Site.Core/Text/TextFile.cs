using System.Text;

namespace Site.Text;

/// <summary>Thrown when a file's text cannot be decoded; carries the position of the first bad character.</summary>
public sealed class InvalidUtf8Exception(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// Reads text files strictly: UTF-8 with or without a byte order mark, or UTF-16 with one (what Windows tools write
/// as "Unicode"), since the mark says which it is. Anything else is reported, never guessed.
/// </summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path) => Decode(File.ReadAllBytes(path));

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return DecodeUtf8(bytes[3..]);
        }

        // UTF-32's little-endian mark starts like UTF-16's, so it is told apart first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new InvalidUtf8Exception("the file is UTF-32; save it as UTF-8", 1, 1);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: bytes[0] == 0xFE);
        }

        if (LooksLikeUtf16(bytes))
        {
            throw new InvalidUtf8Exception("the file looks like UTF-16 without a byte order mark, not UTF-8; save it as UTF-8", 1, 1);
        }

        return DecodeUtf8(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Max(0, exception.Index);
            var (line, column) = PositionOf(Encoding.UTF8.GetString(bytes[..index]));
            throw new InvalidUtf8Exception($"the file is not valid UTF-8 (byte 0x{bytes[index]:X2}){LegacyEncodingHint(bytes)}; save it as UTF-8", line, column);
        }
    }

    /// <summary>
    /// Which kind of older encoding the bytes look like, to tell the user what to convert from: letters of bytes above
    /// 0x7F standing alone among ASCII (<c>caf\xE9</c>) are a one-byte code page, runs of them in pairs (<c>\xC4\xE3\xBA\xC3</c>)
    /// a two-byte one. Only a hint: the file is still refused, never decoded by guess.
    /// </summary>
    private static string LegacyEncodingHint(ReadOnlySpan<byte> bytes)
    {
        var (alone, paired) = (0, 0);
        for (var index = 0; index < bytes.Length;)
        {
            if (bytes[index] < 0x80)
            {
                index++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var length) == System.Buffers.OperationStatus.Done)
            {
                index += length; // a character the file does have in UTF-8
                continue;
            }

            var run = 0;
            while (index < bytes.Length && bytes[index] >= 0x80 && Rune.DecodeFromUtf8(bytes[index..], out _, out _) != System.Buffers.OperationStatus.Done)
            {
                run++;
                index++;
            }

            (alone, paired) = run == 1 ? (alone + 1, paired) : (alone, paired + run);
        }

        return alone == 0 && paired == 0 ? string.Empty
            : paired > alone * 4 ? ": it looks like a two-byte encoding such as GBK, Big5 or Shift-JIS"
            : ": it looks like a one-byte encoding such as Windows-1252 or ISO-8859-1, as older subtitle and word-processing tools write";
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = new char[bytes.Length / 2];
        for (var index = 0; index < units.Length; index++)
        {
            var (high, low) = bigEndian ? (bytes[2 * index], bytes[2 * index + 1]) : (bytes[2 * index + 1], bytes[2 * index]);
            units[index] = (char)(high << 8 | low);
        }

        var bad = FirstUnpairedSurrogate(units);
        if (bad < 0 && bytes.Length % 2 == 1)
        {
            bad = units.Length;
        }

        if (bad >= 0)
        {
            var (line, column) = PositionOf(units.AsSpan(0, bad));
            throw new InvalidUtf8Exception("the file is not valid UTF-16 (a character cut in half); save it as UTF-8", line, column);
        }

        return new string(units);
    }

    private static int FirstUnpairedSurrogate(ReadOnlySpan<char> units)
    {
        for (var index = 0; index < units.Length; index++)
        {
            if (char.IsHighSurrogate(units[index]) && index + 1 < units.Length && char.IsLowSurrogate(units[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(units[index]))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Text whose every other byte is zero: UTF-16 without a mark (Latin letters are a letter byte and a zero
    /// byte). Strict UTF-8 decoding accepts zero bytes, so it would not notice.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 1024)];
        return sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length;
    }

    /// <summary>Line and column of what follows <paramref name="before"/>.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<char> before) =>
        (before.Count('\n') + 1, before.Length - before.LastIndexOf('\n'));

    /// <summary>Writes UTF-8 without BOM, creating the folder.</summary>
    public static void WriteUtf8(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Strict);
    }
}
