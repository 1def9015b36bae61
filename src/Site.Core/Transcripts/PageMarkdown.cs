using System.Globalization;
using System.Text;
using Site.Markdown;

namespace Site.Transcripts;

/// <summary>
/// A small builder for generated Markdown pages: YAML front matter first, then the body. It keeps the front matter's
/// values too, so the build does not parse back the YAML it has just written.
/// </summary>
public sealed class PageMarkdown
{
    private readonly StringBuilder _frontMatter = new("---\n");

    /// <summary>The front matter as the YAML reader would return it (strings, longs, nested dictionaries).</summary>
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public StringBuilder Body { get; } = new();

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

    public PageMarkdown Text(string text)
    {
        MarkdownText.Append(Body, text);
        return this;
    }

    public PageMarkdown Raw(string markdown)
    {
        Body.Append(markdown);
        return this;
    }

    /// <summary>A link whose text is escaped: <c>[text](url)</c>, with optional generic attributes.</summary>
    public PageMarkdown Link(string text, string url, string? attributes = null)
    {
        Body.Append('[');
        MarkdownText.Append(Body, text, paragraphStart: false);
        Body.Append("](").Append(url).Append(')');
        if (attributes is not null)
        {
            Body.Append('{').Append(attributes).Append('}');
        }

        return this;
    }

    public PageMarkdown Heading(int level, string text, string id)
    {
        Body.Append('\n').Append('#', level).Append(' ');
        MarkdownText.Append(Body, text, paragraphStart: false);
        Body.Append(" {#").Append(id).Append("}\n\n");
        return this;
    }

    public PageMarkdown Line(string markdown = "")
    {
        Body.Append(markdown).Append('\n');
        return this;
    }

    private const string FrontMatterEnd = "---\n\n";

    /// <summary>The whole Markdown file, front matter first, made with one allocation.</summary>
    public override string ToString() =>
        string.Create(_frontMatter.Length + FrontMatterEnd.Length + Body.Length, this, static (text, page) =>
        {
            page._frontMatter.CopyTo(0, text, page._frontMatter.Length);
            FrontMatterEnd.CopyTo(text[page._frontMatter.Length..]);
            page.Body.CopyTo(0, text[(page._frontMatter.Length + FrontMatterEnd.Length)..], page.Body.Length);
        });

    /// <summary>The page as a document: the whole Markdown as content and as the copy published beside the page,
    /// the front matter also as metadata (as ExtractFrontMatter would give it).</summary>
    public Documents.Document ApplyTo(Documents.Document document)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 2;
        foreach (var key in Values.Keys)
        {
            lines[key] = line;
            line += Values[key] is Dictionary<string, object?> nested ? nested.Count + 1 : 1;
        }

        // The content is the whole file, front matter included (the transcripts' Markdig pipeline skips it), so one
        // string serves as the page's Markdown and as its published copy.
        var markdown = ToString();
        return (document with { Content = markdown })
            .WithMetadata(Documents.MetadataKeys.MarkdownSource, markdown)
            .WithMetadata(Documents.MetadataKeys.FrontMatter, Values)
            .WithMetadata(Documents.MetadataKeys.FrontMatterLines, lines)
            .WithMetadata(Documents.MetadataKeys.BodyLine, line + 2)
            .WithMetadata(Values.Where(pair => pair.Key is Documents.MetadataKeys.Title or Documents.MetadataKeys.Layout or Documents.MetadataKeys.Description));
    }
}
