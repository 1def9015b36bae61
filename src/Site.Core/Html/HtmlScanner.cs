using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;

namespace Site.Html;

/// <summary>
/// One attribute of a start tag: its value with character references decoded, and where the raw value stands in
/// the HTML (0-based offset and length), for line and column or for replacing it.
/// </summary>
public readonly record struct HtmlAttributeValue(string Tag, string Name, string Value, int Offset, int Length);

/// <summary>Receives the attributes of start tags from <see cref="HtmlScanner.Scan{TSink}"/>, in document order.</summary>
public interface IHtmlAttributeSink
{
    /// <param name="tag">Lower-case tag name.</param>
    /// <param name="name">Lower-case attribute name.</param>
    /// <param name="rawValue">The value as written (character references not decoded); empty without a value.</param>
    /// <param name="offset">Where the raw value starts in the HTML (0-based).</param>
    void Attribute(string tag, string name, ReadOnlySpan<char> rawValue, int offset);
}

/// <summary>
/// A small, tolerant scanner over HTML that yields the attributes of start tags. It skips comments, doctypes and
/// the text of <c>script</c> and <c>style</c>, and never fails on malformed markup: the link checker only needs
/// attributes, and a DOM would cost far more for the same answer.
/// </summary>
public static class HtmlScanner
{
    /// <summary>Every attribute of every start tag, in document order.</summary>
    public static List<HtmlAttributeValue> Attributes(string html) => Attributes(html, null);

    /// <summary>
    /// Like <see cref="Attributes(string)"/>, but only attributes named in <paramref name="names"/> are returned:
    /// the link checker scans every page of a site and needs four names out of dozens, and skipping the others
    /// saves a string per attribute.
    /// </summary>
    public static List<HtmlAttributeValue> Attributes(string html, IReadOnlySet<string>? names)
    {
        var sink = new ListSink();
        Scan(html, names, sink);
        return sink.Result;
    }

    /// <summary>Hands each attribute named in <paramref name="names"/> (every one when null) to <paramref name="sink"/>, without allocating its value.</summary>
    public static void Scan<TSink>(string html, IReadOnlySet<string>? names, TSink sink)
        where TSink : IHtmlAttributeSink
    {
        // An array: enumerating a set through its interface would allocate for every attribute.
        var wanted = names?.ToArray();
        var i = 0;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= html.Length)
            {
                return;
            }

            if (html[i + 1] == '!' && html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (html[i + 1] is '!' or '?' or '/')
            {
                var end = html.IndexOf('>', i + 1);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                i++;
                continue;
            }

            i = ReadTag(html, i + 1, sink, wanted, out var tag);
            if (tag is "script" or "style" or "textarea" or "title")
            {
                // Raw text: anything up to the matching end tag is not markup.
                var end = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }
    }

    /// <summary>Reads a start tag from just after <c>&lt;</c>; returns the index after its <c>&gt;</c>.</summary>
    private static int ReadTag<TSink>(string html, int i, TSink sink, string[]? names, out string tag)
        where TSink : IHtmlAttributeSink
    {
        var start = i;
        i = End(html, i, TagNameEnd);

        // Filtered scans (every page of a build goes through one) only need to know the few tags that matter to
        // the scan itself, so they compare instead of making a lower-case string of every tag name.
        tag = names is null ? Name(html.AsSpan(start, i - start)) : KnownTag(html.AsSpan(start, i - start));
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return i;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            var nameStart = i;
            i = End(html, i, AttributeNameEnd);

            string? name;
            if (names is null)
            {
                name = Name(html.AsSpan(nameStart, i - nameStart));
            }
            else
            {
                name = null;
                var raw = html.AsSpan(nameStart, i - nameStart);
                foreach (var candidate in names)
                {
                    // Most attributes are none of the few wanted: the length tells most of them apart.
                    if (raw.Length == candidate.Length && raw.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        name = candidate;
                        break;
                    }
                }
            }

            var wanted = name is not null;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                if (wanted)
                {
                    sink.Attribute(tag, name!, [], nameStart);
                }

                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            int valueStart;
            int valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                valueEnd = html.IndexOf(quote, valueStart);
                if (valueEnd < 0)
                {
                    valueEnd = html.Length;
                }

                i = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = i;
                i = End(html, i, UnquotedValueEnd);
                valueEnd = i;
            }

            if (!wanted)
            {
                continue;
            }

            sink.Attribute(tag, name!, html.AsSpan(valueStart, valueEnd - valueStart), valueStart);
        }

        return i;
    }

    // Tag and attribute names a page repeats thousands of times, so that reading one allocates nothing.
    private static readonly string[] CommonNames =
    [
        "a", "abbr", "article", "aside", "blockquote", "body", "br", "button", "class", "code", "content", "dd", "defer",
        "details", "dialog", "div", "dl", "dt", "em", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hidden", "hr", "href", "html", "id", "img", "input", "lang", "li", "link", "main", "mark", "meta",
        "name", "nav", "ol", "open", "p", "pre", "property", "rel", "role", "script", "section", "small", "span", "src",
        "strong", "style", "summary", "table", "tbody", "td", "th", "thead", "title", "tr", "type", "ul", "aria-label",
        "aria-current", "aria-describedby", "aria-hidden", "data-speaker", "data-term", "data-pagefind-ignore",
        "data-pagefind-body", "data-pagefind-filter", "data-pagefind-meta", "charset", "tabindex", "time", "datetime", "sup",
        "figure", "figcaption", "template",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonNameLookup =
        CommonNames.ToDictionary(name => name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawTextTags = ["a", "script", "style", "textarea", "title"];

    /// <summary>The tags a filtered scan tells apart: <c>a</c> (for <c>name</c>) and those whose content is raw text; "" for others.</summary>
    private static string KnownTag(ReadOnlySpan<char> raw)
    {
        // Most tags are none of them: their first letter says so.
        if (raw.IsEmpty || (raw[0] | 0x20) is not ('a' or 's' or 't'))
        {
            return string.Empty;
        }

        foreach (var known in RawTextTags)
        {
            if (raw.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return string.Empty;
    }

    /// <summary>The lower-case name of a tag or attribute, shared (not allocated) when it is a common one.</summary>
    public static string Name(ReadOnlySpan<char> raw)
    {
        if (raw.Length <= 32)
        {
            Span<char> lower = stackalloc char[raw.Length];
            raw.ToLowerInvariant(lower);
            return CommonNameLookup.TryGetValue(lower, out var common) ? common : new string(lower);
        }

        return raw.ToString().ToLowerInvariant();
    }

    /// <summary>Decodes character references (<c>&amp;amp;</c>) in a raw attribute value.</summary>
    public static string Decode(ReadOnlySpan<char> rawValue) =>
        rawValue.Contains('&') ? WebUtility.HtmlDecode(rawValue.ToString()) : rawValue.ToString();

    private sealed class ListSink : IHtmlAttributeSink
    {
        public List<HtmlAttributeValue> Result { get; } = [];

        public void Attribute(string tag, string name, ReadOnlySpan<char> rawValue, int offset) =>
            Result.Add(new HtmlAttributeValue(tag, name, Decode(rawValue), offset, rawValue.Length));
    }

    // Inlined: the scanner asks it for every character between attributes of every page.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\r\f>/");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\r\f>/=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>");

    /// <summary>The index of the first of <paramref name="stops"/> from <paramref name="start"/>, or the end of the text.</summary>
    private static int End(string html, int start, SearchValues<char> stops)
    {
        var length = html.AsSpan(start).IndexOfAny(stops);
        return length < 0 ? html.Length : start + length;
    }
}
