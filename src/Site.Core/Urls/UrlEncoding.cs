using System.Text;

namespace Site.Urls;

/// <summary>Percent-encoding for URLs that leave the browser's hands (sitemaps), where raw UTF-8 is not allowed.</summary>
public static class UrlEncoding
{
    /// <summary>Percent-encodes (as UTF-8) every character that is not printable ASCII; the rest is kept.</summary>
    public static string EscapeNonAscii(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }

        var result = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < '\u007f')
            {
                result.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < url.Length
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }
}
