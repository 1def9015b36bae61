using System.Text;
using Site.Markdown;

namespace Site.Glossary;

/// <summary>
/// The sentence around a mention, as Markdown with the term in <c>&lt;mark&gt;</c> and everything else escaped, so
/// a "where it is used" list shows each mention in context.
/// </summary>
public static class GlossarySnippet
{
    private const string SentenceEnds = "。！？!?；;\n";
    private const int MaxContext = 48;

    /// <summary>
    /// Characters <see cref="SentenceOf"/> has looked at on this thread: lets a test hold the scan to the context
    /// window, which keeps a term page linear in the length of the paragraphs it quotes.
    /// </summary>
    [ThreadStatic]
    internal static long CharactersScanned;

    /// <summary>Start and end of the sentence holding <paramref name="match"/>, cut to at most <see cref="MaxContext"/> characters each side.</summary>
    public static (int Start, int End) SentenceOf(string text, TermMatch match)
    {
        // Only the window is read: a paragraph without sentence ends (speech recognition output) would otherwise be
        // read back to its start for every mention, and a long turn's term pages would cost its length squared.
        var lowest = Math.Max(0, match.Start - MaxContext);
        var start = match.Start;
        while (start > lowest && SentenceEnds.IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
        {
            start--;
            CharactersScanned++;
        }

        var highest = Math.Min(text.Length, match.Start + match.Length + MaxContext);
        var end = match.Start + match.Length;
        while (end < highest && SentenceEnds.IndexOf(text[end], StringComparison.Ordinal) < 0)
        {
            end++;
            CharactersScanned++;
        }

        // Keep the full stop.
        return (start, Math.Min(highest, end + 1));
    }

    /// <summary>Writes <c>text[start..end]</c> with each of <paramref name="highlights"/> (inside that range) marked.</summary>
    public static void Write(StringBuilder markdown, string text, int start, int end, IEnumerable<TermMatch> highlights)
    {
        if (start > 0 && SentenceEnds.IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
        {
            markdown.Append('…');
        }

        var position = start;
        foreach (var match in highlights.OrderBy(m => m.Start))
        {
            if (match.Start < position || match.Start + match.Length > end)
            {
                continue;
            }

            MarkdownText.Append(markdown, text.AsSpan(position, match.Start - position), paragraphStart: position == start);
            markdown.Append("<mark>");
            MarkdownText.Append(markdown, text.AsSpan(match.Start, match.Length), paragraphStart: false);
            markdown.Append("</mark>");
            position = match.Start + match.Length;
        }

        MarkdownText.Append(markdown, text.AsSpan(position, end - position).TrimEnd(), paragraphStart: position == start);
        if (end < text.Length && SentenceEnds.IndexOf(text[end - 1], StringComparison.Ordinal) < 0)
        {
            markdown.Append('…');
        }
    }
}
