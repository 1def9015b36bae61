using System.Globalization;
using System.Text;
using Site.Markdown;

namespace Site.Transcripts;

/// <summary>A small builder for generated Markdown pages: YAML front matter first, then the body.</summary>
public sealed class PageMarkdown
{
    private readonly StringBuilder _frontMatter = new("---\n");

    public StringBuilder Body { get; } = new();

    public PageMarkdown Field(string key, string? value)
    {
        if (value is not null)
        {
            _frontMatter.Append(key).Append(": ").Append(MarkdownText.YamlQuote(value)).Append('\n');
        }

        return this;
    }

    public PageMarkdown Field(string key, int value)
    {
        _frontMatter.Append(CultureInfo.InvariantCulture, $"{key}: {value}\n");
        return this;
    }

    /// <summary>A nested mapping of string values (e.g. <c>prev: {title, url}</c>).</summary>
    public PageMarkdown Mapping(string key, params (string Key, string Value)[] values)
    {
        _frontMatter.Append(key).Append(":\n");
        foreach (var (name, value) in values)
        {
            _frontMatter.Append("  ").Append(name).Append(": ").Append(MarkdownText.YamlQuote(value)).Append('\n');
        }

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

    public override string ToString() => _frontMatter + "---\n\n" + Body;
}
