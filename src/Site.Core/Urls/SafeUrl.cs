using System.Net;

namespace Site.Urls;

/// <summary>
/// The one check for URLs that come from content and configuration: only http, https, mailto and relative URLs
/// may reach a page. The check reads the value the way a browser would (entities decoded, tabs and newlines
/// removed, leading and trailing spaces and control characters stripped, scheme case ignored), so
/// <c>" JaVa&#x09;script:"</c> is caught like <c>javascript:</c>.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Null when the URL is safe to put in a page, else a short reason for the user.</summary>
    public static string? Problem(string url)
    {
        var seen = AsBrowserSees(url);
        var control = seen.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (control >= 0)
        {
            return $"the URL contains the control character U+{(int)seen[control]:X4}: remove it";
        }

        var scheme = SchemeOf(seen);
        if (scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"the scheme '{scheme.ToLowerInvariant()}:' is not allowed: use http, https, mailto or a relative path";
    }

    /// <summary>True when <see cref="Problem"/> has nothing to say.</summary>
    public static bool IsSafe(string url) => Problem(url) is null;

    /// <summary>The scheme of a URL (without the colon), or null for a relative URL.</summary>
    private static string? SchemeOf(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':')
            {
                return i == 0 ? null : url[..i];
            }

            var schemeChar = char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            if (!schemeChar)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What a browser reads from an attribute value: entities decoded, ASCII tab and newlines removed
    /// anywhere, C0 controls and spaces trimmed at both ends (WHATWG URL parsing).</summary>
    private static string AsBrowserSees(string url)
    {
        var decoded = url.Contains('&', StringComparison.Ordinal) ? DecodeEntities(url) : url;
        var withoutBreaks = decoded.Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal);
        return withoutBreaks.Trim(TrimmedByBrowsers);
    }

    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(c => (char)c), '\u00A0', '\uFEFF'];

    /// <summary>HTML5 named entities a scheme can hide behind that <see cref="WebUtility.HtmlDecode"/> (HTML 4) does not know.</summary>
    private static string DecodeEntities(string url) =>
        WebUtility.HtmlDecode(url
            .Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)
            .Replace("&tab;", "\t", StringComparison.OrdinalIgnoreCase)
            .Replace("&newline;", "\n", StringComparison.OrdinalIgnoreCase));
}
