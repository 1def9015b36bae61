using System.Buffers;
using System.Globalization;
using System.Text;

namespace Site.Markdown;

/// <summary>
/// Writes plain text into Markdown so that it stays text: every character that could start Markdown, one of our
/// Markdig extensions, or HTML is backslash-escaped. Transcript words never become markup.
/// </summary>
public static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that mean something to the
    // pipeline (emphasis extras, containers, attributes, tables, footnotes, figures, HTML, entities).
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create("\\`*_[]<>#+-=!|~&^:$\"{}\r\n");

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends escaped text; <paramref name="paragraphStart"/> says whether it begins a paragraph.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text, bool paragraphStart = true)
    {
        if (paragraphStart)
        {
            // Leading blanks would make an indented code block.
            text = text.TrimStart();

            // "1. text" at the start of a paragraph would become a list item; "1\. text" stays text.
            var digits = text.IndexOfAnyExceptInRange('0', '9');
            if (digits >= 0 && text[digits] is '.' or ')')
            {
                builder.Append(text[..digits]).Append('\\').Append(text[digits]);
                text = text[(digits + 1)..];
            }
        }

        // Most of a transcript needs no escaping: copy the runs between special characters whole.
        for (var next = text.IndexOfAny(NeedsEscaping); next >= 0; next = text.IndexOfAny(NeedsEscaping))
        {
            builder.Append(text[..next]);
            var character = text[next];
            if (character is '\r' or '\n')
            {
                // A paragraph is one line of Markdown; an embedded line break becomes a space.
                builder.Append(' ');
            }
            else if (character is '{' or '}')
            {
                // Markdig's generic attributes ({#id .class}) are looked for at the end of a heading before
                // backslash escapes count: "\{.x\}" in a heading would still become a class. A character
                // reference is never taken for a brace.
                builder.Append(character == '{' ? "&#123;" : "&#125;");
            }
            else
            {
                builder.Append('\\').Append(character);
            }

            text = text[(next + 1)..];
        }

        builder.Append(text);
    }

    /// <summary>A double-quoted YAML scalar, safe for any text.</summary>
    public static string YamlQuote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(character))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
