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
/// Turns each parsed transcript into Markdown pages with YAML front matter: an overview, one page per section and
/// one per speaker; plus the sections and speakers indexes (and a home page when there are several transcripts).
/// The pages then go through the same Markdown and layout modules as hand-written pages.
/// </summary>
public sealed class GenerateTranscriptPages(Theme theme, BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var transcripts = inputs
            .Select(document => document.Get<Transcript>(MetadataKeys.Transcript))
            .OfType<Transcript>()
            .OrderBy(transcript => transcript.Id, StringComparer.Ordinal)
            .ToList();
        if (transcripts.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Document>>([]);
        }

        var urls = new TranscriptUrls(transcripts.Count == 1 && !File.Exists(Path.Combine(paths.Input, "index.md")));
        var glossary = GlossaryLoader.Get(context, paths.Input);
        var pages = new ConcurrentBag<(int Order, Document Page)>();
        Parallel.For(0, transcripts.Count, index =>
        {
            var order = index * 10_000;
            foreach (var page in PagesOf(transcripts[index], index, urls, glossary))
            {
                pages.Add((order++, page));
            }
        });

        var result = pages.OrderBy(p => p.Order).Select(p => p.Page).ToList();
        result.Add(SectionsIndex(transcripts, urls));
        result.Add(SpeakersIndex(transcripts));
        if (!urls.SingleTranscript && !File.Exists(Path.Combine(paths.Input, "index.md")))
        {
            result.Add(Home(transcripts, urls));
        }

        return Task.FromResult<IReadOnlyList<Document>>(result);
    }

    private IEnumerable<Document> PagesOf(Transcript transcript, int order, TranscriptUrls urls, Glossary.Glossary glossary)
    {
        var overview = Page(transcript, urls.Overview(transcript), Overview(transcript, urls))
            .WithMetadata(NavigationModel.EntryKey, NavigationEntry(transcript, order, urls));
        yield return overview;
        for (var index = 0; index < transcript.Sections.Count; index++)
        {
            var section = transcript.Sections[index];
            yield return Page(transcript, TranscriptUrls.Section(transcript, section), SectionPage(transcript, index, urls, glossary));
        }

        foreach (var speaker in transcript.Speakers)
        {
            yield return Page(transcript, TranscriptUrls.Speaker(transcript, speaker), SpeakerPage(transcript, speaker, glossary));
        }
    }

    private static Document Page(Transcript transcript, string url, string markdown) =>
        Page(transcript.SourcePath, url, markdown)
            .WithMetadata(ApplyLayout.TranscriptId, transcript.Id)
            .WithMetadata(MetadataKeys.Transcript, transcript);

    private static Document Page(string source, string url, string markdown)
    {
        var markdownDestination = TranscriptUrls.MarkdownDestination(url);
        return new Document { Source = source, Destination = AssignPageUrls.DestinationOf(url), Content = markdown }
            .WithMetadata(MetadataKeys.Url, url)
            .WithMetadata(MetadataKeys.IsPage, true)
            .WithMetadata(MetadataKeys.MarkdownDestination, markdownDestination)
            .WithMetadata(MetadataKeys.MarkdownUrl, "/" + markdownDestination);
    }

    public string SectionLabel(Section section) =>
        section.Title.Length == 0
            ? theme.Text("untitled_section")
            : string.Create(CultureInfo.InvariantCulture, $"{section.Number:00} {section.Title}");

    private string Overview(Transcript transcript, TranscriptUrls urls)
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
                page.Raw("- ").Link(speaker.Name, TranscriptUrls.Speaker(transcript, speaker), ".speaker");
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

        return page.ToString();
    }

    private string SectionPage(Transcript transcript, int index, TranscriptUrls urls, Glossary.Glossary glossary)
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

        var terms = new TermLinkingMarkdown(glossary, theme.Settings.TermLinks);
        foreach (var turn in section.Turns)
        {
            AppendTurn(page, transcript, section, turn, terms, inContext: false);
        }

        return page.ToString();
    }

    private void AppendTurn(PageMarkdown page, Transcript transcript, Section section, Turn turn, TermLinkingMarkdown terms, bool inContext)
    {
        var speaker = transcript.FindSpeaker(turn.SpeakerSlug);
        page.Line($"::: turn {{#{turn.Id} data-speaker=\"{turn.SpeakerSlug}\"}}");
        if (speaker is not null)
        {
            page.Link(speaker.Name, TranscriptUrls.Speaker(transcript, speaker), ".speaker");
        }

        page.Raw(" ").Link("#", inContext ? TranscriptUrls.Turn(transcript, section, turn) : "#" + turn.Id, $".permalink title=\"{theme.Text(inContext ? "in_context" : "permalink")}\"");
        page.Line().Line();
        terms.StartTurn();
        foreach (var paragraph in turn.Paragraphs)
        {
            terms.AppendParagraph(page.Body, paragraph.Text);
            page.Line().Line();
        }

        page.Line(":::").Line();
    }

    private string SpeakerPage(Transcript transcript, Speaker speaker, Glossary.Glossary glossary)
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
        var terms = new TermLinkingMarkdown(glossary, theme.Settings.TermLinks);
        foreach (var group in turns.GroupBy(t => t.Section))
        {
            page.Heading(2, SectionLabel(group.Key), group.Key.Slug);
            foreach (var (section, turn) in group)
            {
                AppendTurn(page, transcript, section, turn, terms, inContext: true);
            }
        }

        return page.ToString();
    }

    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune))
            {
                count++;
            }
        }

        return count;
    }

    private Document SectionsIndex(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
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

        return Page("transcripts/", TranscriptUrls.SectionsIndex, page.ToString());
    }

    private Document SpeakersIndex(IReadOnlyList<Transcript> transcripts)
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
                page.Raw("- ").Link(speaker.Name, TranscriptUrls.Speaker(transcript, speaker), ".speaker");
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

        return Page("transcripts/", TranscriptUrls.SpeakersIndex, page.ToString());
    }

    private static Document Home(IReadOnlyList<Transcript> transcripts, TranscriptUrls urls)
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

        return Page("transcripts/", "/", page.ToString());
    }

    private ScriptObject NavigationEntry(Transcript transcript, int order, TranscriptUrls urls)
    {
        var sections = new ScriptArray();
        foreach (var section in transcript.Sections)
        {
            sections.Add(new ScriptObject
            {
                ["number"] = section.Number,
                ["title"] = section.Title,
                ["label"] = SectionLabel(section),
                ["url"] = TranscriptUrls.Section(transcript, section),
                ["turns"] = section.Turns.Count,
            });
        }

        var speakers = new ScriptArray();
        foreach (var speaker in transcript.Speakers)
        {
            speakers.Add(new ScriptObject
            {
                ["name"] = speaker.Name,
                ["slug"] = speaker.Slug,
                ["role"] = speaker.Role ?? string.Empty,
                ["is_host"] = speaker.IsHost,
                ["url"] = TranscriptUrls.Speaker(transcript, speaker),
            });
        }

        return new ScriptObject
        {
            ["id"] = transcript.Id,
            ["title"] = transcript.Title,
            ["url"] = urls.Overview(transcript),
            ["order"] = order,
            ["credit"] = transcript.Credit ?? string.Empty,
            ["sections"] = sections,
            ["speakers"] = speakers,
        };
    }
}
