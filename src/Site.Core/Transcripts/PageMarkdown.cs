using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig.Helpers;
using Site.Glossary;
using Site.Markdown;
using Site.Text;
using Site.Urls;

namespace Site.Transcripts;

/// <summary>
/// Writes a generated page twice in one pass: as Markdown with YAML front matter (the copy published under
/// <c>md/</c>), and as the HTML that Markdig renders from that Markdown with
/// <see cref="MarkdownPipelineFactory.CreateForGeneratedPages"/> (root-relative links with the base path, as
/// <see cref="Modules.PostProcess.RenderMarkdown"/> gives them). Generated pages use a handful of constructs
/// (paragraphs, headings with ids, lists, links with attributes, <c>:::</c> containers) and every character of
/// transcript text is escaped, so the HTML can be written directly instead of parsing back thousands of pages of
/// Markdown just written: that parse was a third of a large build. Tests render the Markdown of real and
/// hostile transcripts with Markdig and require the same HTML, byte for byte.
/// </summary>
/// <remarks>
/// Methods are blocks (<see cref="Paragraph"/>, <see cref="Heading"/>, <see cref="BeginList"/>,
/// <see cref="BeginContainer"/>) or inlines inside an open paragraph, list item or heading
/// (<see cref="Text"/>, <see cref="Link"/>, <see cref="TermLinks"/>).
/// </remarks>
public sealed class PageMarkdown(UrlHelper urls)
{
    // Kept per thread from page to page (ThreadBuilders), handed back once the page is made (ApplyTo).
    private readonly StringBuilder _frontMatter = ThreadBuilders.Rent().Append("---\n");
    private readonly StringBuilder _markdown = ThreadBuilders.Rent();
    private readonly StringBuilder _html = ThreadBuilders.Rent();
    // The open list, if any (true when numbered), and how many items it has; lists do not nest.
    private bool? _orderedList;
    private int _itemNumber;
    private int _blockStart;

    /// <summary>The front matter as the YAML reader would return it (strings, longs, nested dictionaries).</summary>
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public PageMarkdown Field(string key, string? value)
    {
        if (value is not null)
        {
            _frontMatter.Append(key).Append(": ").Append(MarkdownText.YamlQuote(value)).Append('\n');
            Values[key] = value;
        }

        return this;
    }

    public PageMarkdown Field(string key, int value)
    {
        _frontMatter.Append(CultureInfo.InvariantCulture, $"{key}: {value}\n");
        Values[key] = (long)value;
        return this;
    }

    /// <summary>A nested mapping of string values (e.g. <c>prev: {title, url}</c>).</summary>
    public PageMarkdown Mapping(string key, params (string Key, string Value)[] values)
    {
        _frontMatter.Append(key).Append(":\n");
        var mapping = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            _frontMatter.Append("  ").Append(name).Append(": ").Append(MarkdownText.YamlQuote(value)).Append('\n');
            mapping[name] = value;
        }

        Values[key] = mapping;
        return this;
    }

    /// <summary>A paragraph of plain text (nothing when the text is blank).</summary>
    public PageMarkdown Paragraph(string text) => BeginParagraph().Text(text, blockStart: true).EndParagraph();

    public PageMarkdown BeginParagraph()
    {
        OpenBlock("<p>");
        return this;
    }

    public PageMarkdown EndParagraph()
    {
        _markdown.Append("\n\n");
        CloseBlock("<p>", "</p>\n");
        return this;
    }

    /// <summary><c>## text {#id}</c>.</summary>
    public PageMarkdown Heading(int level, string text, string id)
    {
        // Markdig keeps blanks that end the text before " {#id}"; a heading has no use for them.
        text = text.TrimEnd();
        _markdown.Append('\n').Append('#', level).Append(' ');
        var open = $"<h{level} id=\"{Escape(id)}\">";
        OpenBlock(open);
        Text(text);
        TrimLeadingBlanks(open.Length);
        _markdown.Append(" {#").Append(id).Append("}\n\n");
        CloseBlock(open, $"</h{level}>\n");
        return this;
    }

    /// <summary><c>## [text](url)</c>: a heading that is a link (no id).</summary>
    public PageMarkdown LinkHeading(int level, string text, string url) => PlainHeading(level, () => Link(text, url));

    /// <summary><c>## text</c> (no id).</summary>
    public PageMarkdown TextHeading(int level, string text) => PlainHeading(level, () => Text(text, blockStart: true));

    private PageMarkdown PlainHeading(int level, Action writeContent)
    {
        _markdown.Append('\n').Append('#', level).Append(' ');
        var open = $"<h{level}>";
        OpenBlock(open);
        writeContent();
        _markdown.Append("\n\n");
        CloseBlock(open, $"</h{level}>\n");
        return this;
    }

    /// <summary>Starts a list (not inside another); each <see cref="Item"/> is one line (<c>- </c> or <c>1. </c>), tight.</summary>
    public PageMarkdown BeginList(bool ordered)
    {
        if (_orderedList is not null)
        {
            throw new InvalidOperationException("lists of generated pages do not nest");
        }

        // Markdig starts a list on a line of its own, even first in a container.
        if (_html.Length > 0 && _html[^1] != '\n')
        {
            _html.Append('\n');
        }

        OpenBlock(ordered ? "<ol>\n" : "<ul>\n");
        _orderedList = ordered;
        _itemNumber = 0;
        return this;
    }

    public PageMarkdown Item()
    {
        if (_itemNumber > 0)
        {
            EndItem();
        }

        _itemNumber++;
        if (_orderedList ?? throw new InvalidOperationException("an item outside a list"))
        {
            _markdown.Append(CultureInfo.InvariantCulture, $"{_itemNumber}. ");
        }
        else
        {
            _markdown.Append("- ");
        }

        _html.Append("<li>");
        return this;
    }

    /// <summary>Ends the list; <paramref name="blankLineAfter"/> puts an empty line after it in the Markdown.</summary>
    public PageMarkdown EndList(bool blankLineAfter = false)
    {
        if (_itemNumber > 0)
        {
            EndItem();
        }

        _itemNumber = 0;
        _html.Append(_orderedList is true ? "</ol>\n" : "</ul>\n");
        _orderedList = null;
        if (blankLineAfter)
        {
            _markdown.Append('\n');
        }

        return this;
    }

    private void EndItem()
    {
        _markdown.Append('\n');
        TrimTrailingBlanks();
        _html.Append("</li>\n");
    }

    /// <summary>
    /// <c>::: name {#id key="value"}</c>: a <c>div</c> of class <paramref name="name"/>. The id and the names must not
    /// need Markdown escaping (ids, slugs); values may hold anything.
    /// </summary>
    public PageMarkdown BeginContainer(string name, string? id = null, params (string Name, string? Value)[] attributes)
    {
        _markdown.Append("::: ").Append(name);
        if (id is not null || attributes.Length > 0)
        {
            _markdown.Append(" {");
            var first = true;
            if (id is not null)
            {
                _markdown.Append('#').Append(id);
                first = false;
            }

            foreach (var (key, value) in attributes)
            {
                _markdown.Append(first ? "" : " ").Append(key);
                if (value is not null)
                {
                    AppendAttributeValue(value, inLink: false);
                }

                first = false;
            }

            _markdown.Append('}');
        }

        _markdown.Append('\n');

        // Markdig writes the container's first block right after this tag, without a line break.
        _html.Append("<div");
        if (id is not null)
        {
            _html.Append(" id=\"").Append(Escape(id)).Append('"');
        }

        _html.Append(" class=\"").Append(Escape(name)).Append('"');
        foreach (var (key, value) in attributes)
        {
            _html.Append(' ').Append(key).Append("=\"").Append(Escape(AttributeText(value ?? "", inLink: false))).Append('"');
        }

        _html.Append('>');
        return this;
    }

    /// <summary>Closes the container; <paramref name="blankLineBefore"/> puts an empty line before <c>:::</c>.</summary>
    public PageMarkdown EndContainer(bool blankLineBefore = false)
    {
        if (blankLineBefore)
        {
            _markdown.Append('\n');
        }

        _markdown.Append(":::\n\n");
        _html.Append("</div>\n");
        return this;
    }

    /// <summary>
    /// Inline text, escaped. <paramref name="blockStart"/> says it begins its paragraph or list item: leading
    /// blanks are dropped there (they would indent the Markdown into a code block).
    /// </summary>
    public PageMarkdown Text(ReadOnlySpan<char> text, bool blockStart = false)
    {
        MarkdownText.Append(_markdown, text, blockStart);
        if (blockStart)
        {
            text = text.TrimStart();
        }

        AppendEscaped(text);
        return this;
    }

    public PageMarkdown Text(string text, bool blockStart = false) => Text(text.AsSpan(), blockStart);

    /// <summary>A link whose text is escaped: <c>[text](url){.class key="value"}</c>.</summary>
    public PageMarkdown Link(string text, string url, string? cssClass = null, params (string Name, string Value)[] attributes) =>
        Link(text.AsSpan(), url, cssClass, attributes);

    private PageMarkdown Link(ReadOnlySpan<char> text, string url, string? cssClass, (string Name, string Value)[] attributes)
    {
        OpenLink(url, cssClass, attributes);
        MarkdownText.Append(_markdown, text, paragraphStart: false);
        AppendEscaped(text);
        return CloseLink(url, cssClass, attributes);
    }

    /// <summary>Starts a link whose text is written next (escaped or timed); <see cref="CloseLink"/> ends it.</summary>
    private void OpenLink(string url, string? cssClass, (string Name, string Value)[] attributes)
    {
        _markdown.Append('[');
        _html.Append("<a href=\"").Append(Href(url)).Append('"');
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(Escape(cssClass)).Append('"');
        }

        foreach (var (key, value) in attributes)
        {
            _html.Append(' ').Append(key).Append("=\"").Append(Escape(AttributeText(value, inLink: true))).Append('"');
        }

        _html.Append('>');
    }

    /// <summary><c>](url){.class key="value"}</c> and <c>&lt;/a&gt;</c>, for the same link as <see cref="OpenLink"/>.</summary>
    private PageMarkdown CloseLink(string url, string? cssClass, (string Name, string Value)[] attributes)
    {
        _markdown.Append("](").Append(url).Append(')');
        if (cssClass is not null || attributes.Length > 0)
        {
            _markdown.Append('{');
            if (cssClass is not null)
            {
                _markdown.Append('.').Append(cssClass);
            }

            foreach (var (key, value) in attributes)
            {
                _markdown.Append(' ').Append(key);
                AppendAttributeValue(value, inLink: true);
            }

            _markdown.Append('}');
        }

        _html.Append("</a>");
        return this;
    }

    /// <summary>
    /// A paragraph's text in which <paramref name="linked"/> (matches over this text, in order) become term links
    /// <c>[text](/glossary/id/){.term data-term="id"}</c>; everything else is escaped, so transcript text can never
    /// become markup.
    /// </summary>
    public PageMarkdown TermLinks(string text, IReadOnlyList<TermMatch> linked)
    {
        var position = 0;
        foreach (var match in linked)
        {
            // Matches come from FindMatches over this text, but a caller's list may still be stale or overlapping.
            if (match.Start < position || match.Start + match.Length > text.Length || match.Length <= 0)
            {
                continue;
            }

            Text(text.AsSpan(position, match.Start - position), blockStart: position == 0);
            Link(text.AsSpan(match.Start, match.Length), TermLinkWriter.UrlOf(match.TermId), "term", [("data-term", match.TermId)]);
            position = match.Start + match.Length;
        }

        return Text(text.AsSpan(position), blockStart: position == 0);
    }

    /// <summary>
    /// <see cref="TermLinks(string, IReadOnlyList{TermMatch})"/> for a paragraph with word times: each word (or the
    /// part of it on one side of a term link's edge) in <c>&lt;span data-t="seconds"&gt;</c>, inside the term link
    /// where it is in one, so that words never break a link. The same raw HTML is written in the Markdown, where
    /// Markdig passes inline HTML through.
    /// </summary>
    public PageMarkdown TermLinks(string text, IReadOnlyList<TermMatch> linked, IReadOnlyList<TimedSpan> words)
    {
        if (words.Count == 0)
        {
            return TermLinks(text, linked);
        }

        var position = 0;
        foreach (var match in linked)
        {
            if (match.Start < position || match.Start + match.Length > text.Length || match.Length <= 0)
            {
                continue;
            }

            TimedText(text, position, match.Start, words, blockStart: position == 0);
            (string, string)[] attributes = [("data-term", match.TermId)];
            OpenLink(TermLinkWriter.UrlOf(match.TermId), "term", attributes);
            TimedText(text, match.Start, match.Start + match.Length, words, blockStart: false);
            CloseLink(TermLinkWriter.UrlOf(match.TermId), "term", attributes);
            position = match.Start + match.Length;
        }

        TimedText(text, position, text.Length, words, blockStart: position == 0);
        return this;
    }

    /// <summary><paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>], the words in it in spans with their start.</summary>
    private void TimedText(string text, int from, int to, IReadOnlyList<TimedSpan> words, bool blockStart)
    {
        var cursor = from;
        Span<char> open = stackalloc char[OpenSpan.Length + TranscriptTimes.MaxSecondsLength + 2];
        OpenSpan.CopyTo(open);
        foreach (var word in words)
        {
            var start = Math.Max(cursor, word.Offset);
            var end = Math.Min(to, Math.Min(text.Length, word.Offset + word.Length));
            if (start >= end || word.Offset < 0)
            {
                continue;
            }

            if (start > cursor)
            {
                Text(text.AsSpan(cursor, start - cursor), blockStart: blockStart && cursor == from);
            }

            // Written in place: a string per word's span was most of what timed pages allocated beyond text ones.
            var length = OpenSpan.Length + TranscriptTimes.WriteSeconds(open[OpenSpan.Length..], word.Start);
            open[length++] = '"';
            open[length++] = '>';
            _markdown.Append(open[..length]);
            _html.Append(open[..length]);
            Text(text.AsSpan(start, end - start));
            _markdown.Append("</span>");
            _html.Append("</span>");
            cursor = end;
        }

        if (to > cursor)
        {
            Text(text.AsSpan(cursor, to - cursor), blockStart: blockStart && cursor == from);
        }
    }

    private const string OpenSpan = "<span data-t=\"";

    private const string FrontMatterEnd = "---\n\n";

    /// <summary>The whole Markdown file, front matter first, made with one allocation.</summary>
    public override string ToString() =>
        string.Create(_frontMatter.Length + FrontMatterEnd.Length + _markdown.Length, this, static (text, page) =>
        {
            page._frontMatter.CopyTo(0, text, page._frontMatter.Length);
            FrontMatterEnd.CopyTo(text[page._frontMatter.Length..]);
            page._markdown.CopyTo(0, text[(page._frontMatter.Length + FrontMatterEnd.Length)..], page._markdown.Length);
        });

    /// <summary>The body's HTML, as Markdig renders the Markdown.</summary>
    public string Html => _html.ToString();

    /// <summary>The page as a document: the HTML as content, the whole Markdown as the copy published beside the
    /// page, the front matter also as metadata (as ExtractFrontMatter would give it). The page is done after this.</summary>
    public Documents.Document ApplyTo(Documents.Document document)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 2;
        foreach (var key in Values.Keys)
        {
            lines[key] = line;
            line += Values[key] is Dictionary<string, object?> nested ? nested.Count + 1 : 1;
        }

        var html = Html;
        var markdown = ToString();
        ThreadBuilders.Return(_frontMatter);
        ThreadBuilders.Return(_markdown);
        ThreadBuilders.Return(_html);
        List<KeyValuePair<string, object?>> metadata =
        [
            new(Documents.MetadataKeys.MarkdownSource, markdown),
            new(Documents.MetadataKeys.FrontMatter, Values),
            new(Documents.MetadataKeys.FrontMatterLines, lines),
            new(Documents.MetadataKeys.BodyLine, line + 2),
        ];
        foreach (var key in (ReadOnlySpan<string>)[Documents.MetadataKeys.Title, Documents.MetadataKeys.Layout, Documents.MetadataKeys.Description])
        {
            if (Values.TryGetValue(key, out var value))
            {
                metadata.Add(new(key, value));
            }
        }

        return (document with { Content = html }).WithMetadata(metadata);
    }

    /// <summary>
    /// <c>="value"</c> in the Markdown's attribute braces (<see cref="AttributeText"/> of the value). Markdig reads a
    /// value up to its closing quote, with no escapes, so a link's value with a double quote is written in single
    /// quotes (Markdig escapes the output itself).
    /// </summary>
    private void AppendAttributeValue(string value, bool inLink)
    {
        var text = AttributeText(value, inLink);
        var quote = text.Contains('"') ? '\'' : '"';
        _markdown.Append('=').Append(quote).Append(text).Append(quote);
    }

    /// <summary>
    /// An attribute value as both outputs write it. A container's line takes no double quote inside a value, and a
    /// link's value cannot be quoted at all when it has both kinds of quotes: there double quotes become single ones,
    /// in the Markdown and in the HTML alike (theme strings are the only values that could have them).
    /// </summary>
    private static string AttributeText(string value, bool inLink) =>
        value.Contains('"') && (!inLink || value.Contains('\'')) ? value.Replace('"', '\'') : value;

    private void OpenBlock(string tag)
    {
        _blockStart = _html.Length;
        _html.Append(tag);
    }

    /// <summary>
    /// Ends a paragraph or heading. Markdig drops the trailing blanks of a block, and writes no paragraph at all
    /// when nothing is left.
    /// </summary>
    private void CloseBlock(string open, string close)
    {
        TrimTrailingBlanks();
        if (open == "<p>" && _html.Length == _blockStart + open.Length)
        {
            _html.Length = _blockStart;
            return;
        }

        _html.Append(close);
    }

    /// <summary>Markdig drops the blanks a heading's text starts with.</summary>
    private void TrimLeadingBlanks(int openLength)
    {
        var start = _blockStart + openLength;
        var end = start;
        while (end < _html.Length && _html[end] is ' ' or '\t')
        {
            end++;
        }

        _html.Remove(start, end - start);
    }

    private void TrimTrailingBlanks()
    {
        while (_html.Length > 0 && _html[^1] is ' ' or '\t')
        {
            _html.Length--;
        }
    }

    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("<>&\"\r\n\0");

    private void AppendEscaped(ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(HtmlSpecial); next >= 0; next = text.IndexOfAny(HtmlSpecial))
        {
            _html.Append(text[..next]).Append(text[next] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\0' => "\uFFFD", // CommonMark replaces NUL
                _ => " ", // a line break, as in the Markdown: a paragraph is one line
            });
            text = text[(next + 1)..];
        }

        _html.Append(text);
    }

    private static string Escape(string value)
    {
        if (!value.AsSpan().ContainsAny("<>&\""))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            builder.Append(character switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    // The ASCII characters Markdig percent-encodes or entity-escapes in a link (its own table); every non-ASCII
    // character is percent-encoded too.
    private static readonly SearchValues<char> AsciiUrlNeedsEscaping = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(code => (char)code).Where(c => HtmlHelper.EscapeUrlCharacter(c) is not null)]);

    /// <summary>The link as Markdig writes it (percent-encoded where needed), then with the base path.</summary>
    private string Href(string url)
    {
        if (!url.AsSpan().ContainsAny(AsciiUrlNeedsEscaping) && !url.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return urls.Url(url);
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var character = (char)rune.Value;
                escaped.Append(HtmlHelper.EscapeUrlCharacter(character) ?? character.ToString());
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            for (var index = 0; index < count; index++)
            {
                escaped.Append('%').Append(bytes[index].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return urls.Url(escaped.ToString());
    }
}
