using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Scriban.Runtime;
using Site.Building;
using Site.Documents;
using Site.Episodes;
using Site.Glossary;
using Site.Modules.Process;
using Site.Modules.PostProcess;
using Site.Navigation;
using Site.People;
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
        var people = PeopleDirectory.Get(context);
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var page = inputs[index];
            // A page copied from the previous build (ReuseUnchangedTranscriptPages) needs no Markdown.
            outputs[index] = page.CopyFrom is not null ? page : WithCharts(Write(page, glossary, usage, people)?.ApplyTo(page) ?? page);
            if (page.Get<TranscriptPage>(MetadataKeys.TranscriptPage) is { Kind: TranscriptPageKind.Home } home)
            {
                outputs[index] = outputs[index].WithMetadata(MetadataKeys.Model, HomeModel(home));
            }

            // The rest of the pipeline needs only the page: the last page of a transcript lets its model go, and the
            // glossary matches kept for its pages with it.
            foreach (var done in page.Get<TranscriptPage>(MetadataKeys.TranscriptPage)?.ReturnLeases() ?? [])
            {
                usage.Forget(done);
            }
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The charts and reading time of a transcript page, for its layout (<see cref="Charts.TranscriptCharts"/>).</summary>
    private Document WithCharts(Document page) =>
        page.Get<TranscriptPage>(MetadataKeys.TranscriptPage) is { } plan && Charts.TranscriptCharts.For(plan, theme) is { } model
            ? page.WithMetadata(MetadataKeys.Model, model)
            : page;

    private PageMarkdown? Write(Document page, Glossary.Glossary glossary, GlossaryUsage usage, PeopleDirectory people)
    {
        var plan = page.Get<TranscriptPage>(MetadataKeys.TranscriptPage);
        if (plan is null)
        {
            return null;
        }

        return plan.Kind switch
        {
            TranscriptPageKind.Overview => Overview(plan.Transcript, plan.Urls, glossary, usage),
            TranscriptPageKind.Section => SectionPage(plan.Transcript, plan.SectionIndex, glossary, usage, plan.Urls, people),
            TranscriptPageKind.Speaker => SpeakerPage(plan.Transcript, plan.Transcript.FindSpeaker(plan.SpeakerSlug!)!, glossary, usage, plan.Urls, people),
            TranscriptPageKind.SectionsIndex => SectionsIndex(plan),
            TranscriptPageKind.SpeakersIndex => SpeakersIndex(plan),
            _ => Home(plan),
        };
    }

    // A transcript's own pages speak its language (its `language`), the indexes the site's.
    private string SectionLabel(Section section, string? language = null) => TranscriptText.SectionLabel(section, theme, language);

    private PageMarkdown Overview(Transcript transcript, TranscriptUrls urls, Glossary.Glossary glossary, GlossaryUsage usage)
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
            page.Heading(2, theme.Text("guests", transcript.Language), "guests").BeginList(ordered: false);
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
            page.Heading(2, theme.Text("highlights", transcript.Language), "highlights").BeginList(ordered: true);
            var links = Highlights.LinkHighlights.For(transcript, glossary, usage);
            for (var index = 0; index < transcript.Highlights.Count; index++)
            {
                page.Item().Text(transcript.Highlights[index].Text, blockStart: true);
                // The turn that discusses it; its marker leads back here, to this link's id.
                if (links.FirstOrDefault(link => link.Number == index + 1) is { } link)
                {
                    page.Text(" ").Link(theme.Text("highlight_turn", transcript.Language), TranscriptUrls.Turn(transcript, link.Section, link.Turn), "highlight-turn", ("id", link.Anchor));
                }
            }

            page.EndList();
        }

        page.Heading(2, theme.Text("contents", transcript.Language), "contents").BeginList(ordered: true);
        foreach (var section in transcript.Sections)
        {
            page.Item()
                .Link(SectionLabel(section, transcript.Language), TranscriptUrls.Section(transcript, section))
                .Text(string.Create(CultureInfo.InvariantCulture, $" · {section.Turns.Count} {theme.Text("turns", transcript.Language)}"));
        }

        return page.EndList();
    }

    private PageMarkdown SectionPage(Transcript transcript, int index, Glossary.Glossary glossary, GlossaryUsage usage, TranscriptUrls urls, PeopleDirectory people)
    {
        var section = transcript.Sections[index];
        var page = new PageMarkdown(theme.Urls)
            .Field("title", section.Title.Length == 0 ? theme.Text("untitled_section", transcript.Language) : section.Title)
            .Field("layout", "section")
            .Field("section_number", section.Number)
            .Field("section_label", SectionLabel(section, transcript.Language))
            .Field("credit", transcript.Credit);
        AddRecording(page, transcript);
        if (index > 0)
        {
            var previous = transcript.Sections[index - 1];
            page.Mapping("prev", ("title", SectionLabel(previous, transcript.Language)), ("url", TranscriptUrls.Section(transcript, previous)));
        }

        if (index + 1 < transcript.Sections.Count)
        {
            var next = transcript.Sections[index + 1];
            page.Mapping("next", ("title", SectionLabel(next, transcript.Language)), ("url", TranscriptUrls.Section(transcript, next)));
        }

        foreach (var paragraph in section.Intro)
        {
            page.BeginContainer("section-intro").Paragraph(paragraph.Text).EndContainer();
        }

        var shared = TurnsOf(transcript, glossary, usage);
        foreach (var turn in section.Turns)
        {
            AppendTurn(page, transcript, section, turn, glossary, usage, shared, people, inContext: false, urls);
        }

        return page;
    }

    /// <summary>What every turn of a page shares, worked out once per page.</summary>
    /// <param name="Highlights">The transcript's highlight links (<see cref="Highlights.LinkHighlights.For"/>).</param>
    /// <param name="TimeTitle">The title of a turn's time: "Play from here" only where a player plays it.</param>
    private sealed record PageTurns(TermLinkPlanner Terms, IReadOnlyList<Highlights.HighlightLink> Highlights, string TimeTitle);

    private PageTurns TurnsOf(Transcript transcript, Glossary.Glossary glossary, GlossaryUsage usage) => new(
        new TermLinkPlanner(glossary, theme.Settings.TermLinks),
        Highlights.LinkHighlights.For(transcript, glossary, usage),
        theme.Text(TranscriptMedia.Kind(transcript.Media) is null ? "turn_time" : "play_turn", transcript.Language));

    private void AppendTurn(PageMarkdown page, Transcript transcript, Section section, Turn turn, Glossary.Glossary glossary, GlossaryUsage usage, PageTurns shared, PeopleDirectory people, bool inContext, TranscriptUrls urls)
    {
        var speaker = transcript.FindSpeaker(turn.SpeakerSlug);
        var here = inContext ? TranscriptUrls.Turn(transcript, section, turn) : "#" + turn.Id;
        var attributes = TurnAttributes(turn, people.DataSpeaker(transcript.Id, turn.SpeakerSlug));
        page.BeginContainer("turn", turn.Id, inContext ? attributes : [.. attributes, .. SearchAttributes(speaker, turn)]).BeginParagraph();
        if (speaker is not null)
        {
            page.Link(TranscriptText.DisplayName(speaker), TranscriptUrls.Speaker(transcript, speaker), "speaker");
        }

        var blockStart = speaker is null;
        if (turn.Start is { } start)
        {
            // The turn's address is its share link and says when it starts (data-start): the player seeks there when
            // the link is followed or the address is loaded; without the script it is a link to the turn.
            page.Text(" ", blockStart).Link(TranscriptTimes.Clock(start), here, "turn-time", ("title", shared.TimeTitle));
            blockStart = false;
        }

        page.Text(" ", blockStart)
            .Link("#", here, "permalink", ("title", theme.Text(inContext ? "in_context" : "permalink", transcript.Language)));
        foreach (var link in shared.Highlights)
        {
            if (link.Turn == turn)
            {
                page.Text(" ").Link(
                    string.Format(CultureInfo.InvariantCulture, theme.Text("highlight_marker", transcript.Language), link.Number),
                    urls.Overview(transcript) + "#" + link.Anchor,
                    "highlight-marker",
                    ("title", link.Highlight.Text));
            }
        }

        page.EndParagraph();
        shared.Terms.BeginTurn();
        foreach (var paragraph in turn.Paragraphs)
        {
            page.BeginParagraph().TermLinks(paragraph.Text, shared.Terms.Select(usage.MatchesIn(glossary, transcript, paragraph)), paragraph.Words).EndParagraph();
        }

        page.EndContainer();
    }

    /// <summary>
    /// On section pages, where each turn is indexed once: Pagefind makes the turn a result of its own that lands on its
    /// anchor (an element with an id and <c>data-pagefind-title</c>), titled and filtered by who spoke.
    /// </summary>
    private static (string Name, string? Value)[] SearchAttributes(Speaker? speaker, Turn turn) =>
        [("data-pagefind-title", speaker is null ? turn.SpeakerSlug : TranscriptText.DisplayName(speaker)), ("data-pagefind-filter", "speaker[data-pagefind-title]")];

    /// <param name="dataSpeaker">The person's slug: one value for the same person on every page of the site.</param>
    private static (string Name, string? Value)[] TurnAttributes(Turn turn, string dataSpeaker) => (turn.Start, turn.End) switch
    {
        (null, _) => [("data-speaker", dataSpeaker)],
        ({ } start, null) => [("data-speaker", dataSpeaker), ("data-start", TranscriptTimes.Seconds(start))],
        ({ } start, { } end) => [("data-speaker", dataSpeaker), ("data-start", TranscriptTimes.Seconds(start)), ("data-end", TranscriptTimes.Seconds(end))],
    };

    /// <summary>
    /// The recording and the exports of a timed transcript, for the layouts: <c>media</c>, <c>media_kind</c> and
    /// <c>media_embed</c> (the player), <c>exports</c> (download links and the head's alternates). Untimed
    /// transcripts get none of them.
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
            if (YouTubeVideo.Id(transcript.Media) is { } video)
            {
                page.Field("media_embed", YouTubeVideo.EmbedUrl(video));
            }
        }

        page.Mapping("exports", [.. TranscriptExport.For(transcript).Select(export => (export.Key, export.Url(transcript)))]);
    }

    private PageMarkdown SpeakerPage(Transcript transcript, Speaker speaker, Glossary.Glossary glossary, GlossaryUsage usage, TranscriptUrls urls, PeopleDirectory people)
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
            .Field("speaker_slug", people.DataSpeaker(transcript.Id, speaker.Slug))
            .Field("turn_count", turns.Count)
            .Field("paragraph_count", paragraphs)
            .Field("character_count", characters)
            .Field("credit", transcript.Credit);
        if (people.HasPages && people.Of(transcript.Id, speaker.Slug) is { } person)
        {
            // The speaker page stays (links to it keep working) and leads to the person across the series.
            page.Mapping("person", ("name", person.Name), ("url", PeopleUrls.Person(person.Slug)));
        }

        if (speaker.Bio.Length > 0)
        {
            page.Paragraph(speaker.Bio);
        }

        page.BeginList(ordered: false)
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{turns.Count} {theme.Text("turns", transcript.Language)}"))
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{paragraphs} {theme.Text("paragraphs", transcript.Language)}"))
            .Item().Text(string.Create(CultureInfo.InvariantCulture, $"{characters:N0} {theme.Text("characters", transcript.Language)}"))
            .EndList(blankLineAfter: true);
        var topTerms = usage.TopTermsOf(glossary, transcript, speaker.Slug);
        if (topTerms.Count > 0)
        {
            // A summary of the turns below: search finds the turns themselves, so it leaves this list out.
            page.BeginContainer("speaker-terms", null, ("data-pagefind-ignore", null))
                .Heading(2, theme.Text("speaker_terms", transcript.Language), "terms")
                .BeginList(ordered: false);
            foreach (var (term, count) in topTerms)
            {
                page.Item().Link(term.Zh, TermLinkWriter.UrlOf(term.Id), "term-count").Text(string.Create(CultureInfo.InvariantCulture, $" ×{count}"));
            }

            page.EndList().EndContainer(blankLineBefore: true);
        }

        var shared = TurnsOf(transcript, glossary, usage);
        foreach (var group in turns.GroupBy(t => t.Section))
        {
            page.Heading(2, SectionLabel(group.Key, transcript.Language), group.Key.Slug);
            foreach (var (section, turn) in group)
            {
                AppendTurn(page, transcript, section, turn, glossary, usage, shared, people, inContext: true, urls);
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

    /// <summary>
    /// The start of a page of an index of every transcript (sections, speakers): its share of the transcripts, with
    /// the previous and next page of the index when it has more than one.
    /// </summary>
    private PageMarkdown IndexPage(TranscriptPage plan, string title, string url)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", title).Field("layout", "page");
        if (plan.PageCount == 1)
        {
            return page;
        }

        page.Field("page_number", plan.PageNumber).Field("page_count", plan.PageCount);
        string Label(int number) => string.Format(CultureInfo.InvariantCulture, theme.Text("page_of"), number, plan.PageCount);
        if (plan.PageNumber > 1)
        {
            page.Mapping("prev", ("title", Label(plan.PageNumber - 1)), ("url", TranscriptUrls.IndexPage(url, plan.PageNumber - 1)));
        }

        if (plan.PageNumber < plan.PageCount)
        {
            page.Mapping("next", ("title", Label(plan.PageNumber + 1)), ("url", TranscriptUrls.IndexPage(url, plan.PageNumber + 1)));
        }

        return page;
    }

    private PageMarkdown SectionsIndex(TranscriptPage plan)
    {
        var (transcripts, urls) = (plan.AllTranscripts, plan.Urls);
        var page = IndexPage(plan, theme.Text("sections_title"), TranscriptUrls.SectionsIndex);
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1 || plan.PageCount > 1)
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

    private PageMarkdown SpeakersIndex(TranscriptPage plan)
    {
        var transcripts = plan.AllTranscripts;
        var page = IndexPage(plan, theme.Text("speakers_title"), TranscriptUrls.SpeakersIndex);
        foreach (var transcript in transcripts)
        {
            if (transcripts.Count > 1 || plan.PageCount > 1)
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

    /// <summary>
    /// A home page: its share of the episodes, newest first. The Markdown lists them as text; the <c>home</c> layout
    /// shows them from <see cref="HomeModel"/>, with each date in a <c>&lt;time datetime&gt;</c>.
    /// </summary>
    private PageMarkdown Home(TranscriptPage plan)
    {
        var page = new PageMarkdown(theme.Urls).Field("title", string.Empty).Field("layout", "home");
        foreach (var episode in EpisodePages.On(plan.Episodes, plan.PageNumber))
        {
            page.LinkHeading(2, episode.Title, episode.Url);
            if (episode.Date is { } date)
            {
                page.Paragraph(date.MachineText);
            }

            if (episode.Summary.Length > 0)
            {
                page.Paragraph(episode.Summary);
            }
        }

        return page;
    }

    /// <summary>The home layout's <c>page.episodes</c> and <c>page.pagination</c> (URLs of the newer and older pages, or empty).</summary>
    private static ScriptObject HomeModel(TranscriptPage plan)
    {
        var episodes = new ScriptArray();
        foreach (var episode in EpisodePages.On(plan.Episodes, plan.PageNumber))
        {
            episodes.Add(new ScriptObject
            {
                ["title"] = episode.Title,
                ["url"] = episode.Url,
                ["datetime"] = episode.Date?.MachineText ?? string.Empty,
                ["summary"] = episode.Summary,
                ["language"] = episode.Language ?? string.Empty,
            });
        }

        var count = EpisodePages.Count(plan.Episodes.Count);
        return new ScriptObject
        {
            ["episodes"] = episodes,
            ["pagination"] = new ScriptObject
            {
                ["number"] = plan.PageNumber,
                ["count"] = count,
                ["newer_url"] = plan.PageNumber > 1 ? EpisodePages.Url(plan.PageNumber - 1) : string.Empty,
                ["older_url"] = plan.PageNumber < count ? EpisodePages.Url(plan.PageNumber + 1) : string.Empty,
            },
        };
    }
}
