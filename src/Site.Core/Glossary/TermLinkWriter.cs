using System.Text;
using Site.Markdown;

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

    /// <summary>
    /// Appends <paramref name="text"/> as one Markdown paragraph in which <paramref name="linked"/> become term
    /// links; everything else is escaped by <see cref="MarkdownText"/>, so transcript text can never become markup.
    /// </summary>
    public static void Write(StringBuilder markdown, string text, IReadOnlyList<TermMatch> linked)
    {
        var position = 0;
        foreach (var match in linked)
        {
            // Matches come from FindMatches over this text, but a caller's list may still be stale or overlapping.
            if (match.Start < position || match.Start + match.Length > text.Length || match.Length <= 0)
            {
                continue;
            }

            MarkdownText.Append(markdown, text.AsSpan(position, match.Start - position), paragraphStart: position == 0);
            markdown.Append('[');
            MarkdownText.Append(markdown, text.AsSpan(match.Start, match.Length), paragraphStart: false);
            markdown.Append("](").Append(UrlOf(match.TermId)).Append("){.term data-term=\"").Append(match.TermId).Append("\"}");
            position = match.Start + match.Length;
        }

        MarkdownText.Append(markdown, text.AsSpan(position), paragraphStart: position == 0);
    }
}
