using System.Net;

namespace Site.Transcripts.Readers;

/// <summary>
/// "Consume a character reference" as WebVTT cue text uses it (HTML's rules): <c>&amp;#38;</c>, <c>&amp;#x26;</c> and
/// named references ending in <c>;</c> (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;nbsp;</c>, <c>&amp;lrm;</c> ...,
/// the HTML 4 set that <see cref="WebUtility.HtmlDecode(string)"/> knows). Anything else is not a reference and
/// the <c>&amp;</c> stays as text. The decoded character is text, never markup.
/// </summary>
internal static class CharacterReferences
{
    // The longest HTML 4 name is 8 letters (&thetasym;).
    private const int MaxNameLength = 10;

    /// <summary>
    /// With <paramref name="position"/> just after an <c>&amp;</c>, the decoded text and the position after the
    /// reference, or null when there is none (the caller keeps the <c>&amp;</c>).
    /// </summary>
    public static string? Consume(string input, ref int position, char additionalAllowed = '\0')
    {
        if (position >= input.Length || input[position] is '\t' or '\n' or '\f' or ' ' or '<' or '&' || input[position] == additionalAllowed)
        {
            return null;
        }

        var end = position;
        if (input[position] == '#')
        {
            end++;
            var hex = end < input.Length && input[end] is 'x' or 'X';
            if (hex)
            {
                end++;
            }

            var digitsStart = end;
            while (end < input.Length && (hex ? char.IsAsciiHexDigit(input[end]) : char.IsAsciiDigit(input[end])) && end - digitsStart < 8)
            {
                end++;
            }

            if (end == digitsStart)
            {
                return null;
            }

            var value = Convert.ToInt32(input[digitsStart..end], hex ? 16 : 10);
            if (end < input.Length && input[end] == ';')
            {
                end++;
            }

            position = end;
            return value is <= 0 or > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
        }

        while (end < input.Length && char.IsAsciiLetterOrDigit(input[end]) && end - position < MaxNameLength)
        {
            end++;
        }

        if (end == position || end >= input.Length || input[end] != ';')
        {
            return null;
        }

        var reference = "&" + input[position..(end + 1)];
        var decoded = WebUtility.HtmlDecode(reference);
        if (decoded == reference)
        {
            return null;
        }

        position = end + 1;
        return decoded;
    }
}
