using Site.Markdown;
using System.Globalization;
using System.Text;

namespace Site.Glossary;

/// <summary>
/// Writes the glossary pages as Markdown with YAML front matter: the index (every term, by pinyin, with jump lists
/// by letter and by category) and one page per term with its mentions in the transcripts.
/// <paramref name="text"/> gives the theme's words for a strings key.
/// </summary>
public sealed class GlossaryMarkdown(Glossary glossary, GlossaryUsage usage, Func<string, string> text, bool manyTranscripts)
{
    public const string IndexUrl = "/glossary/";

    /// <summary>Terms in the order a Chinese reader looks them up: by pinyin of the Chinese name.</summary>
    public IReadOnlyList<GlossaryTerm> SortedTerms { get; } =
        glossary.Terms.OrderBy(t => t.Zh, ChineseOrder.Comparer).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

    /// <summary>Categories in the order the glossary file first names them, with their anchor ids.</summary>
    public IReadOnlyList<(string Name, string Anchor)> Categories { get; } =
        glossary.Terms.Select(t => t.Category).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((name, index) => (name, string.Create(CultureInfo.InvariantCulture, $"category-{index + 1}"))).ToList();

    public string Index()
    {
        var md = new StringBuilder();
        FrontMatter(md, text("glossary_title"), text("glossary_description"), "glossary", IndexUrl, []);
        var letters = SortedTerms.GroupBy(t => ChineseOrder.LetterOf(t.Zh)).ToList();
        md.Append("::: glossary-jump {data-pagefind-ignore}\n**").Append(Escape(text("glossary_by_letter"))).Append("**: ");
        md.AppendJoin(" · ", letters.Select(g => $"[{g.Key}](#letter-{char.ToLowerInvariant(g.Key)})")).Append("\n\n**");
        md.Append(Escape(text("glossary_by_category"))).Append("**: ");
        md.AppendJoin(" · ", Categories.Select(c => $"[{Escape(c.Name)}](#{c.Anchor})")).Append("\n:::\n\n");
        foreach (var letter in letters)
        {
            // A lone letter is a signpost, not content: search leaves it out.
            md.Append("## ").Append(letter.Key).Append(" {#letter-").Append(char.ToLowerInvariant(letter.Key)).Append(" data-pagefind-ignore}\n\n");
            foreach (var term in letter)
            {
                md.Append("### ").Append(Escape(term.Zh)).Append(" {#").Append(term.Id).Append("}\n\n");
                NamesLine(md, term, withEnglish: true);
                md.Append(term.Definition).Append("\n\n");
                if (term.Related.Count > 0)
                {
                    md.Append(Escape(text("glossary_related"))).Append(": ");
                    md.AppendJoin("、", term.Related.Select(glossary.Find).OfType<GlossaryTerm>().Select(r => $"[{Escape(r.Zh)}](#{r.Id})"));
                    md.Append(" · ");
                }

                md.Append('[').Append(Escape(text("glossary_details"))).Append("](").Append(TermLinkWriter.UrlOf(term.Id)).Append(")\n\n");
            }
        }

        md.Append("## ").Append(Escape(text("glossary_by_category"))).Append(" {#categories}\n\n");
        foreach (var (name, anchor) in Categories)
        {
            md.Append("### ").Append(Escape(name)).Append(" {#").Append(anchor).Append("}\n\n");
            md.AppendJoin(" · ", SortedTerms.Where(t => t.Category == name).Select(t => $"[{Escape(t.Zh)}](#{t.Id})")).Append("\n\n");
        }

        return md.ToString();
    }

    public string TermPage(GlossaryTerm term)
    {
        var md = new StringBuilder();
        FrontMatter(md, term.Zh, term.ShortDefinition, "term", TermLinkWriter.UrlOf(term.Id), [("en", term.En), ("term_id", term.Id)]);
        // The term layout shows the English name beside the title.
        NamesLine(md, term, withEnglish: false);
        md.Append(term.Definition).Append("\n\n");
        var related = term.Related.Select(glossary.Find).OfType<GlossaryTerm>().ToList();
        if (related.Count > 0)
        {
            md.Append("## ").Append(Escape(text("glossary_related"))).Append(" {#related}\n\n");
            foreach (var other in related)
            {
                md.Append("- [").Append(Escape(other.Zh)).Append("](").Append(TermLinkWriter.UrlOf(other.Id)).Append("): ")
                    .Append(Escape(other.ShortDefinition)).Append('\n');
            }

            md.Append('\n');
        }

        if (term.Links.Count > 0)
        {
            md.Append("## ").Append(Escape(text("glossary_links"))).Append(" {#links}\n\n");
            foreach (var link in term.Links)
            {
                md.Append("- [").Append(Escape(link.Title)).Append("](<").Append(link.Url.Replace(">", "%3E", StringComparison.Ordinal)).Append(">)\n");
            }

            md.Append('\n');
        }

        Usage(md, term);
        return md.ToString();
    }

    /// <summary>
    /// How many passages a term page quotes in context. A panel or two stays whole; on a site of hundreds of
    /// transcripts a term is used thousands of times, and a page quoting every use would be megabytes that nobody
    /// reads: past this many, the page lists the transcripts with their counts and quotes the first passages only.
    /// </summary>
    public const int MaxPassages = 100;

    /// <summary>
    /// How many transcripts the term page lists with their counts. The list grows with the site (a thousand
    /// transcripts, a thousand items); past this many the rest are on the term's conversations pages.
    /// </summary>
    public const int MaxTranscriptsListed = 50;

    /// <summary>Transcripts listed on one conversations page of a term (<c>/glossary/&lt;id&gt;/conversations/</c>).</summary>
    public const int TranscriptsPerPage = 500;

    /// <summary>The URL of a term's conversations page <paramref name="number"/> (1 is the first).</summary>
    public static string ConversationsUrl(string termId, int number) =>
        number <= 1 ? $"{TermLinkWriter.UrlOf(termId)}conversations/" : string.Create(CultureInfo.InvariantCulture, $"{TermLinkWriter.UrlOf(termId)}conversations/{number}/");

    /// <summary>How many speakers the count line names before "…".</summary>
    public const int MaxSpeakersInCountLine = 20;

    private void Usage(StringBuilder md, GlossaryTerm term)
    {
        var mentions = usage.MentionsOf(term.Id);
        md.Append("## ").Append(Escape(text("glossary_usage"))).Append(" {#usage}\n\n");
        if (mentions.Count == 0)
        {
            md.Append(Escape(text("glossary_unused"))).Append("\n\n");
            return;
        }

        var speakers = usage.SpeakersOf(term.Id);
        md.Append(Escape(string.Format(CultureInfo.InvariantCulture, text("glossary_mentions"), mentions.Count))).Append(": ")
            .Append(Escape(GlossaryUsage.FormatCounts(speakers.Take(MaxSpeakersInCountLine))));
        md.Append(speakers.Count > MaxSpeakersInCountLine ? ", …\n\n" : "\n\n");

        // One passage per sentence: two mentions in one sentence are marked together.
        var passages = Passages(mentions).Take(MaxPassages + 1).ToList();
        if (passages.Count > MaxPassages)
        {
            md.Append("### ").Append(Escape(text("glossary_by_transcript"))).Append(" {#by-transcript}\n\n");
            var runs = TranscriptRuns(mentions);
            AppendRuns(md, runs.Take(MaxTranscriptsListed));
            if (runs.Count > MaxTranscriptsListed)
            {
                md.Append("\n[").Append(Escape(string.Format(CultureInfo.InvariantCulture, text("glossary_all_transcripts"), runs.Count)))
                    .Append("](").Append(ConversationsUrl(term.Id, 1)).Append(")\n");
            }

            md.Append('\n').Append(Escape(string.Format(CultureInfo.InvariantCulture, text("glossary_first_passages"), MaxPassages)))
                .Append("\n\n");
        }

        foreach (var section in passages.Take(MaxPassages).GroupBy(p => (p[0].Transcript, p[0].Section)))
        {
            var (transcript, heading) = section.Key;
            var title = heading.Title.Length == 0 ? transcript.Title : manyTranscripts ? $"{transcript.Title} · {heading.Title}" : heading.Title;
            md.Append("### ").Append(Escape(title)).Append("\n\n");
            foreach (var sentence in section)
            {
                var first = sentence[0];
                var (start, end) = GlossarySnippet.SentenceOf(first.Paragraph.Text, first.Match);
                end = Math.Max(end, sentence.Max(m => GlossarySnippet.SentenceOf(m.Paragraph.Text, m.Match).End));
                md.Append("- **").Append(Escape(first.SpeakerName)).Append("**: ");
                GlossarySnippet.Write(md, first.Paragraph.Text, start, end, sentence.Select(m => m.Match));
                md.Append(" [").Append(Escape(text("in_context"))).Append("](").Append(first.Url).Append(")\n");
            }

            md.Append('\n');
        }
    }

    /// <summary>
    /// The term's conversations pages, when the term page cannot list them all: every transcript that uses the
    /// term with its count, <see cref="TranscriptsPerPage"/> to a page. Empty when the term page lists them all.
    /// </summary>
    public IEnumerable<(string Url, string Markdown)> ConversationsPages(GlossaryTerm term)
    {
        var mentions = usage.MentionsOf(term.Id);
        var runs = TranscriptRuns(mentions);
        if (runs.Count <= MaxTranscriptsListed || Passages(mentions).Take(MaxPassages + 1).Count() <= MaxPassages)
        {
            yield break;
        }

        var count = (runs.Count + TranscriptsPerPage - 1) / TranscriptsPerPage;
        for (var number = 1; number <= count; number++)
        {
            var md = new StringBuilder();
            var url = ConversationsUrl(term.Id, number);
            var label = string.Format(CultureInfo.InvariantCulture, text("page_of"), number, count);
            FrontMatter(md, term.Zh, term.ShortDefinition, "term", url, [("en", term.En), ("term_id", term.Id)]);
            md.Append('[').Append(Escape(term.Zh)).Append("](").Append(TermLinkWriter.UrlOf(term.Id)).Append(") · ")
                .Append(Escape(string.Format(CultureInfo.InvariantCulture, text("glossary_all_transcripts"), runs.Count)))
                .Append(count > 1 ? $" · {Escape(label)}" : string.Empty).Append("\n\n");
            AppendRuns(md, runs.Skip((number - 1) * TranscriptsPerPage).Take(TranscriptsPerPage));
            md.Append('\n');
            if (number > 1)
            {
                md.Append('[').Append(Escape(text("previous"))).Append("](").Append(ConversationsUrl(term.Id, number - 1)).Append(')');
            }

            if (number < count)
            {
                md.Append(number > 1 ? " · " : string.Empty).Append('[').Append(Escape(text("next"))).Append("](").Append(ConversationsUrl(term.Id, number + 1)).Append(')');
            }

            yield return (url, md.Append('\n').ToString());
        }
    }

    /// <summary>Mentions come transcript by transcript: each run is one transcript, its first mention and how many.</summary>
    private static List<(TermMention First, int Count)> TranscriptRuns(IReadOnlyList<TermMention> mentions)
    {
        var runs = new List<(TermMention, int)>();
        for (var start = 0; start < mentions.Count;)
        {
            var end = start + 1;
            while (end < mentions.Count && ReferenceEquals(mentions[end].Transcript, mentions[start].Transcript))
            {
                end++;
            }

            runs.Add((mentions[start], end - start));
            start = end;
        }

        return runs;
    }

    private static void AppendRuns(StringBuilder md, IEnumerable<(TermMention First, int Count)> runs)
    {
        foreach (var (first, count) in runs)
        {
            md.Append("- [").Append(Escape(first.Transcript.Title)).Append("](").Append(first.Url).Append(')')
                .Append(string.Create(CultureInfo.InvariantCulture, $" ×{count}\n"));
        }
    }

    /// <summary>The mentions grouped by the sentence they are in, in reading order.</summary>
    private static IEnumerable<List<TermMention>> Passages(IReadOnlyList<TermMention> mentions)
    {
        List<TermMention>? passage = null;
        var passageStart = -1;
        foreach (var mention in mentions)
        {
            var start = GlossarySnippet.SentenceOf(mention.Paragraph.Text, mention.Match).Start;
            if (passage is not null && ReferenceEquals(passage[0].Paragraph, mention.Paragraph) && start == passageStart)
            {
                passage.Add(mention);
                continue;
            }

            if (passage is not null)
            {
                yield return passage;
            }

            passage = [mention];
            passageStart = start;
        }

        if (passage is not null)
        {
            yield return passage;
        }
    }

    private void NamesLine(StringBuilder md, GlossaryTerm term, bool withEnglish)
    {
        var parts = new List<string>();
        if (withEnglish && !string.Equals(term.En, term.Zh, StringComparison.Ordinal))
        {
            parts.Add($"*{Escape(term.En)}*");
        }

        var aliases = term.Aliases.Where(a => a != term.Zh && a != term.En).ToList();
        if (aliases.Count > 0)
        {
            parts.Add($"{Escape(text("glossary_aliases"))}: {string.Join("、", aliases.Select(Escape))}");
        }

        if (term.Category is { } category && Categories.FirstOrDefault(c => c.Name == category).Anchor is { } anchor)
        {
            parts.Add($"{Escape(text("glossary_category"))}: [{Escape(category)}]({IndexUrl}#{anchor})");
        }

        if (parts.Count > 0)
        {
            md.AppendJoin(" · ", parts).Append("\n\n");
        }
    }

    private static void FrontMatter(StringBuilder md, string title, string description, string layout, string url, IEnumerable<(string Key, string Value)> extra)
    {
        md.Append("---\ntitle: ").Append(MarkdownText.YamlQuote(title)).Append("\ndescription: ").Append(MarkdownText.YamlQuote(description))
            .Append("\nlayout: ").Append(layout).Append("\npermalink: ").Append(url).Append('\n');
        foreach (var (key, value) in extra)
        {
            md.Append(key).Append(": ").Append(MarkdownText.YamlQuote(value)).Append('\n');
        }

        md.Append("---\n");
    }

    private static string Escape(string value) => MarkdownText.Escape(value);
}
