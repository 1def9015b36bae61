using System.Text;
using Site.Html;

namespace Site.Urls;

/// <summary>
/// Puts the base path in front of root-relative URLs (<c>/about/</c>) in HTML written by hand: raw
/// <c>&lt;a href&gt;</c> and <c>&lt;img src&gt;</c> in Markdown, which Markdig passes through untouched.
/// It runs once over each rendered page, so every URL gets the base path exactly once.
/// </summary>
public static class RewriteRootRelativeUrls
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "poster", "srcset" };

    public static string Rewrite(string html, UrlHelper urls)
    {
        if (urls.BasePath == "/" || !html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        StringBuilder? result = null;
        var copied = 0;
        foreach (var attribute in HtmlScanner.Attributes(html, UrlAttributes))
        {
            if (!UrlAttributes.Contains(attribute.Name) || attribute.Value.Length == 0)
            {
                continue;
            }

            var rewritten = attribute.Name == "srcset" ? RewriteSrcset(attribute.Value, urls) : urls.Url(attribute.Value);
            if (rewritten == attribute.Value)
            {
                continue;
            }

            result ??= new StringBuilder(html.Length + 256);
            result.Append(html, copied, attribute.Offset - copied).Append(EscapeAttribute(rewritten));
            copied = attribute.Offset + attribute.Length;
        }

        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Only what would end or confuse an attribute value; other text (CJK too) stays as written.</summary>
    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary><c>srcset</c> is a comma-separated list of "URL descriptor" pairs.</summary>
    private static string RewriteSrcset(string srcset, UrlHelper urls) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? urls.Url(candidate) : urls.Url(candidate[..space]) + candidate[space..];
        }));
}
