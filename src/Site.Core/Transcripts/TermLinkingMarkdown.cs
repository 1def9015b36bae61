using System.Text;
using Site.Configuration;
using Site.Markdown;

namespace Site.Transcripts;

/// <summary>
/// Writes a paragraph of transcript text as escaped Markdown in which glossary terms become links
/// (<c>[扩散模型](/glossary/diffusion-model/){.term data-term="diffusion-model"}</c>), as often as the site's
/// <see cref="TermLinkDensity"/> allows. One instance per page; <see cref="StartTurn"/> marks turn boundaries.
/// </summary>
public sealed class TermLinkingMarkdown(Glossary.Glossary glossary, TermLinkDensity density)
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);

    public void StartTurn()
    {
        if (density == TermLinkDensity.FirstPerTurn)
        {
            _linked.Clear();
        }
    }

    public void AppendParagraph(StringBuilder builder, string text)
    {
        var position = 0;
        foreach (var match in glossary.FindMatches(text))
        {
            if (density != TermLinkDensity.Every && !_linked.Add(match.TermId))
            {
                continue;
            }

            MarkdownText.Append(builder, text.AsSpan(position, match.Start - position), paragraphStart: position == 0);
            builder.Append('[');
            MarkdownText.Append(builder, text.AsSpan(match.Start, match.Length), paragraphStart: false);
            builder.Append("](/glossary/").Append(match.TermId).Append("/){.term data-term=\"").Append(match.TermId).Append("\"}");
            position = match.Start + match.Length;
        }

        MarkdownText.Append(builder, text.AsSpan(position), paragraphStart: position == 0);
    }
}
