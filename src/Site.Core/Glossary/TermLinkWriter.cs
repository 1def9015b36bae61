using System.Text;

namespace Site.Glossary;

/// <summary>
/// Writes plain text as Markdown with some of its glossary matches turned into links
/// <c>[text](/glossary/id/){.term data-term="id"}</c>; everything else goes through the caller's escaping, so
/// transcript text can never become markup.
/// </summary>
public static class TermLinkWriter
{
    /// <summary>Site-relative URL of a term's page (the base path is added when the Markdown is rendered).</summary>
    public static string UrlOf(string termId) => $"/glossary/{termId}/";

    public static void Write(StringBuilder markdown, string text, IReadOnlyList<TermMatch> linked, Func<string, string> escapeMarkdown)
    {
        var position = 0;
        foreach (var match in linked)
        {
            // Matches come from FindMatches over this text, but a caller's list may still be stale or overlapping.
            if (match.Start < position || match.Start + match.Length > text.Length || match.Length <= 0)
            {
                continue;
            }

            markdown.Append(escapeMarkdown(text[position..match.Start]));
            markdown.Append('[').Append(escapeMarkdown(text.Substring(match.Start, match.Length))).Append("](")
                .Append(UrlOf(match.TermId)).Append("){.term data-term=\"").Append(match.TermId).Append("\"}");
            position = match.Start + match.Length;
        }

        markdown.Append(escapeMarkdown(text[position..]));
    }

    /// <summary>
    /// Escapes text for a Markdown paragraph, also when it is one piece of a paragraph (between two links): every
    /// character that can start inline markup (including Markdig's extras <c>^ ~ = + {</c>) is escaped, block markers
    /// at the start too, line breaks become spaces and leading spaces shrink to one (four would be a code block).
    /// </summary>
    public static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var atStart = true;
        foreach (var c in text)
        {
            var ch = c is '\r' or '\n' or '\t' ? ' ' : c;
            if (atStart && ch == ' ')
            {
                if (escaped.Length == 0)
                {
                    escaped.Append(' ');
                }

                continue;
            }

            if ("\\`*_{}[]<>&|~!^=+\"".Contains(ch, StringComparison.Ordinal) ||
                (atStart && char.IsAscii(ch) && (char.IsPunctuation(ch) || char.IsSymbol(ch))) ||
                (ch is '.' or ')' && IsAllDigits(escaped)))
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
            atStart = false;
        }

        return escaped.ToString();
    }

    private static bool IsAllDigits(StringBuilder text)
    {
        var start = text.Length > 0 && text[0] == ' ' ? 1 : 0;
        if (text.Length == start || text.Length - start > 9)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
