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
    private const string Special = "\\`*_{}[]<>#+-=!|~&^:$\"";

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
        }

        var onlyDigitsSoFar = paragraphStart;
        foreach (var character in text)
        {
            if (character is '\r' or '\n')
            {
                // A paragraph is one line of Markdown; an embedded line break becomes a space.
                builder.Append(' ');
            }
            else if (Special.Contains(character, StringComparison.Ordinal) ||
                (onlyDigitsSoFar && character is '.' or ')'))
            {
                // "1. text" at the start of a paragraph would become a list item; "1\. text" stays text.
                builder.Append('\\').Append(character);
            }
            else
            {
                builder.Append(character);
            }

            onlyDigitsSoFar = onlyDigitsSoFar && char.IsAsciiDigit(character);
        }
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
