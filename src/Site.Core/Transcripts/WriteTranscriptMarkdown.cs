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
using Site.Transcripts.Exports;

namespace Site.Transcripts;

/// <summary>
/// Writes the Markdown (with YAML front matter) of each transcript page that <see cref="PlanTranscriptPages"/>
/// planned: an overview, a page per section and per speaker, the sections and speakers indexes, and a home page
/// when there are several transcripts. The Markdown is made in PostProcess, batch by batch, so the site's pages
/// are never all in memory at once; it its HTML is written in the same pass (<see cref="PageMarkdown"/>: exactly what Markdig renders from that
/// Markdown) and goes through the same layout modules as hand-written pages.
/// </summary>
public sealed class WriteTranscriptMarkdown(Theme theme, BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var glossary = GlossaryLoader.Get(context, paths.Input);
        // Made in Process with the glossary pages when the glossary has terms; otherwise here, by the first batch,
        // before any page has given its transcript back.
        var usage = GlossaryUsage.Get(context, glossary, TranscriptLease.TranscriptsIn(context.OutputsOf(context.Pipeline)));
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var page = inputs[index];
            // A page copied from the previous build (ReuseUnchangedTranscriptPages) needs no Markdown.
            outputs[index] = page.CopyFrom is not null ? page : Write(page, glossary, usage)?.ApplyTo(page) ?? page;

            // The rest of the pipeline needs only the page: the last page of a transcript lets its model go, and the
            // glossary matches kept for its pages with it.
            foreach (var done in page.Get<TranscriptPage>(MetadataKeys.TranscriptPage)?.ReturnLeases() ?? [])
            {
                usage.Forget(done);
            }
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
            TranscriptPageKind.Overview => Overview(plan.Transcript, plan.Urls),
            TranscriptPageKind.Section => SectionPage(plan.Transcript, plan.SectionIndex, glossary, usage),
            TranscriptPageKind.Speaker => SpeakerPage(plan.Transcript, plan.Transcript.FindSpeaker(plan.SpeakerSlug!)!, glossary, usage),
            TranscriptPageKind.SectionsIndex => SectionsIndex(plan.AllTranscripts, plan.Urls),
            TranscriptPageKind.SpeakersIndex => SpeakersIndex(plan.AllTranscripts),
            _ => Home(plan.AllTranscripts, plan.Urls),
        };
    }

    private string SectionLabel(Section section) => TranscriptText.SectionLabel(section, theme);

    private PageMarkdown Overview(Transcript transcript, TranscriptUrls urls)
    {
        var page = new PageMarkdown(theme.Urls)
            .Field("title", transcript.Title)
            .Field("layout", "overview")
            .Field("credit", transcript.Credit)
            .Field("date", transcript.Date)
            .Field("source_url", transcript.SourceUrl);
        AddRecording(page, transcript);
        foreach (var paragraph in transcript.Lede)
        {
            page.Paragraph(paragraph.Text);
        }

        if (transcript.Speakers.Count > 0)
        {
            page.Heading(2, theme.Text("guests"), "guests").BeginList(ordered: false);
            foreach (var speaker in transcript.Speakers)
            {
                page.Item().Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), "speaker");
                if (speaker.Role is { Length: > 0 } role)
                {
                    page.Text("（").Text(role, blockStart: true).Text("）");
                }

                if (speaker.Bio.Length > 0)
                {
                    page.Text(" ").Text(speaker.Bio);
                }
            }

            page.EndList();
        }

        if (transcript.Highlights.Count > 0)
        {
            page.Heading(2, theme.Text("highlights"), "highlights").BeginList(ordered: true);
            foreach (var highlight in transcript.Highlights)
            {
                page.Item().Text(highlight.Text, blockStart: true);
            }

            page.EndList();
        }

        page.Heading(2, theme.Text("contents"), "contents").BeginList(ordered: true);
        foreach (var section in transcript.Sections)
        {
            page.Item()
                .Link(SectionLabel(section), TranscriptUrls.Section(transcript, section))
                .Text(string.Create(CultureInfo.InvariantCulture, $" · {section.Turns.Count} {theme.Text("turns")}"));
        }

        return page.EndList();
    }

    private PageMarkdown SectionPage(Transcript transcript, int index, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var section = transcript.Sections[index];
        var page = new PageMarkdown(theme.Urls)
            .Field("title", section.Title.Length == 0 ? theme.Text("untitled_section") : section.Title)
            .Field("layout", "section")
            .Field("section_number", section.Number)
            .Field("section_label", SectionLabel(section))
            .Field("credit", transcript.Credit);
        AddRecording(page, transcript);
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
            page.BeginContainer("section-intro").Paragraph(paragraph.Text).EndContainer();
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
        var here = inContext ? TranscriptUrls.Turn(transcript, section, turn) : "#" + turn.Id;
        page.BeginContainer("turn", turn.Id, inContext ? TurnAttributes(turn) : [.. TurnAttributes(turn), .. SearchAttributes(speaker, turn)]).BeginParagraph();
        if (speaker is not null)
        {
            page.Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), "speaker");
        }

        var blockStart = speaker is null;
        if (turn.Start is { } start)
        {
            // The turn's address is its share link and says when it starts (data-start): the player seeks there when
            // the link is followed or the address is loaded; without the script it is a link to the turn.
            page.Text(" ", blockStart).Link(TranscriptTimes.Clock(start), here, "turn-time", ("title", theme.Text("play_turn")));
            blockStart = false;
        }

        page.Text(" ", blockStart)
            .Link("#", here, "permalink", ("title", theme.Text(inContext ? "in_context" : "permalink")))
            .EndParagraph();
        terms.BeginTurn();
        foreach (var paragraph in turn.Paragraphs)
        {
            page.BeginParagraph().TermLinks(paragraph.Text, terms.Select(usage.MatchesIn(glossary, transcript, paragraph)), paragraph.Words).EndParagraph();
        }

        page.EndContainer();
    }

    /// <summary>
    /// On section pages, where each turn is indexed once: Pagefind makes the turn a result of its own that lands on its
    /// anchor (an element with an id and <c>data-pagefind-title</c>), titled and filtered by who spoke.
    /// </summary>
    private static (string Name, string? Value)[] SearchAttributes(Speaker? speaker, Turn turn) =>
        [("data-pagefind-title", speaker is null ? turn.SpeakerSlug : TranscriptText.DisplayName(speaker)), ("data-pagefind-filter", "speaker[data-pagefind-title]")];

    private static (string Name, string? Value)[] TurnAttributes(Turn turn) => (turn.Start, turn.End) switch
    {
        (null, _) => [("data-speaker", turn.SpeakerSlug)],
        ({ } start, null) => [("data-speaker", turn.SpeakerSlug), ("data-start", TranscriptTimes.Seconds(start))],
        ({ } start, { } end) => [("data-speaker", turn.SpeakerSlug), ("data-start", TranscriptTimes.Seconds(start)), ("data-end", TranscriptTimes.Seconds(end))],
    };

    /// <summary>
    /// The recording and the exports of a timed transcript, for the layouts: <c>media</c> and <c>media_kind</c> (the
    /// player), <c>exports</c> (download links and the head's alternates). Untimed transcripts get none of them.
    /// </summary>
    private static void AddRecording(PageMarkdown page, Transcript transcript)
    {
        if (!transcript.IsTimed)
        {
            return;
        }

        if (TranscriptMedia.Kind(transcript.Media) is { } kind)
        {
            page.Field("media", transcript.Media!.Trim()).Field("media_kind", kind);
        }

        page.Mapping("exports", [.. TranscriptExport.All.Select(export => (export.Key, export.Url(transcript)))]);
    }

    private PageMarkdown SpeakerPage(Transcript transcript, Speaker speaker, Glossary.Glossary glossary, GlossaryUsage usage)
    {
        var turns = transcript.Sections
            .SelectMany(section => section.Turns.Where(turn => turn.SpeakerSlug == speaker.Slug).Select(turn => (Section: section, Turn: turn)))
            .ToList();
        var paragraphs = turns.Sum(t => t.Turn.Paragraphs.Count);
        var characters = turns.Sum(t => t.Turn.Paragraphs.Sum(p => CountCharacters(p.Text)));
        var page = new PageMarkdown(theme.Urls)
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
            page.Paragraph(speaker.Bio);
        }

        page.BeginList(ordered: false)
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{turns.Count} {theme.Text("turns")}"))
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{paragraphs} {theme.Text("paragraphs")}"))
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{characters:N0} {theme.Text("characters")}"))
            .EndList(blankLineAfter: true);
        var topTerms = usage.TopTermsOf(glossary, transcript, speaker.Slug);
        if (topTerms.Count > 0)
        {
            // A summary of the turns below: search finds the turns themselves, so it leaves this list out.
            page.BeginContainer("speaker-terms", null, ("data-pagefind-ignore", null))
                .Heading(2, theme.Text("speaker_terms"), "terms")
                .BeginList(ordered: false);
            foreach (var (term, count) in topTerms)
            {
                page.Item().Link(term.Zh, TermLinkWriter.UrlOf(term.Id), "term-count").Text(string.Create(CultureInfo.InvariantCulture, $" ×{count}"));
            }

            page.EndList().EndContainer(blankLineBefore: true);
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
    internal static int CountCharacters(string text)
    {
        // No character above U+3000 (the ideographic space) is whitespace and none below it is half of a surrogate
        // pair, so one comparison sends each character to the one test it needs. (A search for the characters that
        // do not count, a set mixing ASCII and non-ASCII, was five times slower over Han text.)
        var count = 0;
        foreach (var c in text)
        {
            if (c > '\u3000' ? !char.IsLowSurrogate(c) : !char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private PageMarkdown SectionsIndex(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", theme.Text("sections_title")).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1)
            {
                page.LinkHeading(2, transcript.Title, urls.Overview(transcript));
            }

            page.BeginList(ordered: true);
            foreach (var section in transcript.Sections)
            {
                page.Item()
                    .Link(SectionLabel(section), TranscriptUrls.Section(transcript, section))
                    .Text(string.Create(CultureInfo.InvariantCulture, $" · {section.Turns.Count} {theme.Text("turns")}"));
            }

            page.EndList();
        }

        return page;
    }

    private PageMarkdown SpeakersIndex(IReadOnlyList<Transcript> transcripts)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", theme.Text("speakers_title")).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1)
            {
                page.TextHeading(2, transcript.Title);
            }

            page.BeginList(ordered: false);
            foreach (var speaker in transcript.Speakers)
            {
                var turnCount = transcript.AllTurns.Count(turn => turn.SpeakerSlug == speaker.Slug);
                page.Item().Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), "speaker");
                if (speaker.Role is { Length: > 0 } role)
                {
                    page.Text("（").Text(role, blockStart: true).Text("）");
                }

                page.Text(string.Create(CultureInfo.InvariantCulture, $" · {turnCount} {theme.Text("turns")}"));
                if (speaker.Bio.Length > 0)
                {
                    page.Text(" · ").Text(speaker.Bio);
                }
            }

            page.EndList();
        }

        return page;
    }

    private PageMarkdown Home(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", string.Empty).Field("layout", "page");
        foreach (var transcript in transcripts)
        {
            page.LinkHeading(2, transcript.Title, urls.Overview(transcript));
            if (transcript.Lede.Count > 0)
            {
                page.Paragraph(transcript.Lede[0].Text);
            }
        }

        return page;
    }
}
