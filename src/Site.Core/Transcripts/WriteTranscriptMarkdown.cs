using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Scriban.Runtime;
using Site.Building;
using Site.Documents;
using Site.Glossary;
using Site.Modules.Process;
using Site.Modules.PostProcess;
using Site.Navigation;
using Site.Pipelines;
using Site.Theming;

namespace Site.Transcripts;

/// <summary>
/// Writes the Markdown (with YAML front matter) of each transcript page that <see cref="PlanTranscriptPages"/>
/// planned: an overview, a page per section and per speaker, the sections and speakers indexes, and a home page
/// when there are several transcripts. The Markdown is made in PostProcess, batch by batch, so the site's pages
/// are never all in memory at once; it then goes through the same Markdown and layout modules as hand-written pages.
/// </summary>
public sealed class WriteTranscriptMarkdown(Theme theme, BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var glossary = GlossaryLoader.Get(context, paths.Input);
        var usage = GlossaryUsage.Get(context, glossary, context.OutputsOf(context.Pipeline)
            .Select(document => document.Get<Transcript>(MetadataKeys.Transcript))
            .OfType<Transcript>()
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<Transcript>());
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var page = inputs[index];
            // A page copied from the previous build (ReuseUnchangedTranscriptPages) needs no Markdown.
            outputs[index] = page.CopyFrom is not null ? page : Write(page, glossary, usage)?.ApplyTo(page) ?? page;
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private PageMarkdown? Write(Document page, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var plan = page.Get<TranscriptPage>(MetadataKeys.TranscriptPage);
        if (plan is null)
        {
            return null;
        }

        return plan.Kind switch
        {
            TranscriptPageKind.Overview => Overview(plan.Transcript!, plan.Urls),
            TranscriptPageKind.Section => SectionPage(plan.Transcript!, plan.SectionIndex, glossary, usage),
            TranscriptPageKind.Speaker => SpeakerPage(plan.Transcript!, plan.Transcript!.FindSpeaker(plan.SpeakerSlug!)!, glossary, usage),
            TranscriptPageKind.SectionsIndex => SectionsIndex(plan.All, plan.Urls),
            TranscriptPageKind.SpeakersIndex => SpeakersIndex(plan.All),
            _ => Home(plan.All, plan.Urls),
        };
    }

    private string SectionLabel(Section section) => TranscriptText.SectionLabel(section, theme);

    private PageMarkdown Overview(Transcript transcript, TranscriptUrls urls)
    {
        var page = new PageMarkdown()
            .Field("title", transcript.Title)
            .Field("layout", "overview")
            .Field("credit", transcript.Credit)
            .Field("date", transcript.Date)
            .Field("source_url", transcript.SourceUrl);
        foreach (var paragraph in transcript.Lede)
        {
            page.Text(paragraph.Text).Line().Line();
        }

        if (transcript.Speakers.Count > 0)
        {
            page.Heading(2, theme.Text("guests"), "guests");
            foreach (var speaker in transcript.Speakers)
            {
                page.Raw("- ").Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), ".speaker");
                if (speaker.Role is { Length: > 0 } role)
                {
                    page.Raw("（").Text(role).Raw("）");
                }

                if (speaker.Bio.Length > 0)
                {
                    page.Raw(" ");
                    Markdown.MarkdownText.Append(page.Body, speaker.Bio, paragraphStart: false);
                }

                page.Line();
            }
        }

        if (transcript.Highlights.Count > 0)
        {
            page.Heading(2, theme.Text("highlights"), "highlights");
            var number = 1;
            foreach (var highlight in transcript.Highlights)
            {
                page.Raw(string.Create(CultureInfo.InvariantCulture, $"{number++}. ")).Text(highlight.Text).Line();
            }
        }

        page.Heading(2, theme.Text("contents"), "contents");
        var index = 1;
        foreach (var section in transcript.Sections)
        {
            page.Raw(string.Create(CultureInfo.InvariantCulture, $"{index++}. "))
                .Link(SectionLabel(section), TranscriptUrls.Section(transcript, section))
                .Raw(string.Create(CultureInfo.InvariantCulture, $" · {section.Turns.Count} {theme.Text("turns")}"))
                .Line();
        }

        return page;
    }

    private PageMarkdown SectionPage(Transcript transcript, int index, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var section = transcript.Sections[index];
        var page = new PageMarkdown()
            .Field("title", section.Title.Length == 0 ? theme.Text("untitled_section") : section.Title)
            .Field("layout", "section")
            .Field("section_number", section.Number)
            .Field("section_label", SectionLabel(section))
            .Field("credit", transcript.Credit);
        if (index > 0)
        {
            var previous = transcript.Sections[index - 1];
            page.Mapping("prev", ("title", SectionLabel(previous)), ("url", TranscriptUrls.Section(transcript, previous)));
        }

        if (index + 1 < transcript.Sections.Count)
        {
            var next = transcript.Sections[index + 1];
            page.Mapping("next", ("title", SectionLabel(next)), ("url", TranscriptUrls.Section(transcript, next)));
        }

        var terms = new TermLinkPlanner(glossary, theme.Settings.TermLinks);
        foreach (var paragraph in section.Intro)
        {
            page.Line("::: section-intro").Text(paragraph.Text).Line().Line(":::").Line();
        }

        foreach (var turn in section.Turns)
        {
            AppendTurn(page, transcript, section, turn, glossary, usage, terms, inContext: false);
        }

        return page;
    }

    private void AppendTurn(PageMarkdown page, Transcript transcript, Section section, Turn turn, Glossary.Glossary glossary, GlossaryUsage usage, TermLinkPlanner terms, bool inContext)
    {
        var speaker = transcript.FindSpeaker(turn.SpeakerSlug);
        page.Line($"::: turn {{#{turn.Id} data-speaker=\"{turn.SpeakerSlug}\"}}");
        if (speaker is not null)
        {
            page.Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), ".speaker");
        }

        page.Raw(" ").Link("#", inContext ? TranscriptUrls.Turn(transcript, section, turn) : "#" + turn.Id, $".permalink title=\"{theme.Text(inContext ? "in_context" : "permalink")}\"");
        page.Line().Line();
        terms.BeginTurn();
        foreach (var paragraph in turn.Paragraphs)
        {
            TermLinkWriter.Write(page.Body, paragraph.Text, terms.Select(usage.MatchesIn(glossary, paragraph)));
            page.Line().Line();
        }

        page.Line(":::").Line();
    }

    private PageMarkdown SpeakerPage(Transcript transcript, Speaker speaker, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var turns = transcript.Sections
            .SelectMany(section => section.Turns.Where(turn => turn.SpeakerSlug == speaker.Slug).Select(turn => (Section: section, Turn: turn)))
            .ToList();
        var paragraphs = turns.Sum(t => t.Turn.Paragraphs.Count);
        var characters = turns.Sum(t => t.Turn.Paragraphs.Sum(p => CountCharacters(p.Text)));
        var page = new PageMarkdown()
            .Field("title", speaker.Name)
            .Field("layout", "speaker")
            .Field("role", speaker.Role)
            .Field("bio", speaker.Bio)
            .Field("speaker_slug", speaker.Slug)
            .Field("turn_count", turns.Count)
            .Field("paragraph_count", paragraphs)
            .Field("character_count", characters)
            .Field("credit", transcript.Credit);
        if (speaker.Bio.Length > 0)
        {
            page.Text(speaker.Bio).Line().Line();
        }

        page.Line(string.Create(CultureInfo.InvariantCulture, $"- {turns.Count} {theme.Text("turns")}"))
            .Line(string.Create(CultureInfo.InvariantCulture, $"- {paragraphs} {theme.Text("paragraphs")}"))
            .Line(string.Create(CultureInfo.InvariantCulture, $"- {characters:N0} {theme.Text("characters")}"))
            .Line();
        var topTerms = usage.TopTermsOf(glossary, transcript, speaker.Slug);
        if (topTerms.Count > 0)
        {
            // A summary of the turns below: search finds the turns themselves, so it leaves this list out.
            page.Line("::: speaker-terms {data-pagefind-ignore}");
            page.Heading(2, theme.Text("speaker_terms"), "terms");
            foreach (var (term, count) in topTerms)
            {
                page.Raw("- ").Link(term.Zh, TermLinkWriter.UrlOf(term.Id), ".term-count")
                    .Raw(string.Create(CultureInfo.InvariantCulture, $" ×{count}")).Line();
            }

            page.Line().Line(":::").Line();
        }

        var terms = new TermLinkPlanner(glossary, theme.Settings.TermLinks);
        foreach (var group in turns.GroupBy(t => t.Section))
        {
            page.Heading(2, SectionLabel(group.Key), group.Key.Slug);
            foreach (var (section, turn) in group)
            {
                AppendTurn(page, transcript, section, turn, glossary, usage, terms, inContext: true);
            }
        }

        return page;
    }

    /// <summary>Characters as a reader counts them: no whitespace, a surrogate pair (an emoji) once.</summary>
    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            // Han text is most of a transcript: only a few characters above Latin-1 are whitespace.
            var space = c < '\u0100'
                ? char.IsWhiteSpace(c)
                : c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
            if (!space && !char.IsLowSurrogate(c))
            {
                count++;
            }
        }

        return count;
    }

    private PageMarkdown SectionsIndex(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
    {
        var page = new PageMarkdown().Field("title", theme.Text("sections_title")).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1)
            {
                page.Body.Append("\n## ");
                page.Link(transcript.Title, urls.Overview(transcript)).Line().Line();
            }

            var number = 1;
            foreach (var section in transcript.Sections)
            {
                page.Raw(string.Create(CultureInfo.InvariantCulture, $"{number++}. "))
                    .Link(SectionLabel(section), TranscriptUrls.Section(transcript, section))
                    .Raw(string.Create(CultureInfo.InvariantCulture, $" · {section.Turns.Count} {theme.Text("turns")}"))
                    .Line();
            }
        }

        return page;
    }

    private PageMarkdown SpeakersIndex(IReadOnlyList<Transcript> transcripts)
    {
        var page = new PageMarkdown().Field("title", theme.Text("speakers_title")).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1)
            {
                page.Body.Append("\n## ");
                page.Text(transcript.Title).Line().Line();
            }

            foreach (var speaker in transcript.Speakers)
            {
                var turnCount = transcript.AllTurns.Count(turn => turn.SpeakerSlug == speaker.Slug);
                page.Raw("- ").Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), ".speaker");
                if (speaker.Role is { Length: > 0 } role)
                {
                    page.Raw("（").Text(role).Raw("）");
                }

                page.Raw(string.Create(CultureInfo.InvariantCulture, $" · {turnCount} {theme.Text("turns")}"));
                if (speaker.Bio.Length > 0)
                {
                    page.Raw(" · ");
                    Markdown.MarkdownText.Append(page.Body, speaker.Bio, paragraphStart: false);
                }

                page.Line();
            }
        }

        return page;
    }

    private static PageMarkdown Home(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
    {
        var page = new PageMarkdown().Field("title", string.Empty).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            page.Body.Append("\n## ");
            page.Link(transcript.Title, urls.Overview(transcript)).Line().Line();
            if (transcript.Lede.Count > 0)
            {
                page.Text(transcript.Lede[0].Text).Line().Line();
            }
        }

        return page;
    }
}
