using Scriban.Runtime;
using Site.Building;
using Site.Documents;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.Navigation;
using Site.Pipelines;
using Site.Theming;

namespace Site.Transcripts;

/// <summary>
/// Plans the pages of every transcript: URL, title, layout and navigation entry, but no content yet. Navigation,
/// the sitemap and the glossary need to know every page; only PostProcess needs each page's text
/// (<see cref="WriteTranscriptMarkdown"/>), so the text is made there, one batch at a time.
/// </summary>
public sealed class PlanTranscriptPages(Theme theme, BuildPaths paths) : IModule
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

        var hasHome = File.Exists(Path.Combine(paths.Input, "index.md"));
        var urls = new TranscriptUrls(transcripts.Count == 1 && !hasHome);
        // Each transcript's pages are planned on its own (in parallel: at hundreds of transcripts this is most of the
        // Process phase, which every page waits for), then put together in transcript order.
        var planned = new List<Document>[transcripts.Count];
        Parallel.For(0, transcripts.Count, order =>
        {
            var transcript = transcripts[order];
            var own = planned[order] = [];
            own.Add(Page(transcript.SourcePath, urls.Overview(transcript), transcript.Title, "overview", new(TranscriptPageKind.Overview, transcript, transcripts, urls), transcript)
                .WithMetadata(MetadataKeys.NavigationEntry, NavigationEntry(transcript, order, urls)));
            for (var index = 0; index < transcript.Sections.Count; index++)
            {
                var section = transcript.Sections[index];
                own.Add(Page(transcript.SourcePath, TranscriptUrls.Section(transcript, section), TranscriptText.SectionLabel(section, theme), "section", new(TranscriptPageKind.Section, transcript, transcripts, urls, SectionIndex: index), transcript));
            }

            foreach (var speaker in transcript.Speakers)
            {
                own.Add(Page(transcript.SourcePath, TranscriptUrls.Speaker(transcript, speaker), speaker.Name, "speaker", new(TranscriptPageKind.Speaker, transcript, transcripts, urls, SpeakerSlug: speaker.Slug), transcript));
            }
        });

        var pages = planned.SelectMany(own => own).ToList();

        pages.Add(Page("transcripts/", TranscriptUrls.SectionsIndex, theme.Text("sections_title"), "page", new(TranscriptPageKind.SectionsIndex, null, transcripts, urls), null));
        pages.Add(Page("transcripts/", TranscriptUrls.SpeakersIndex, theme.Text("speakers_title"), "page", new(TranscriptPageKind.SpeakersIndex, null, transcripts, urls), null));
        if (!urls.SingleTranscript && !hasHome)
        {
            pages.Add(Page("transcripts/", "/", string.Empty, "page", new(TranscriptPageKind.Home, null, transcripts, urls), null));
        }

        // The dev server reuses a transcript's pages when its file did not change (ReuseUnchangedTranscriptPages).
        var fingerprints = inputs
            .Where(document => document.Metadata.ContainsKey(MetadataKeys.SourceFingerprint))
            .ToDictionary(document => (object)document.Get<Transcript>(MetadataKeys.Transcript)!, document => document.Metadata[MetadataKeys.SourceFingerprint], ReferenceEqualityComparer.Instance);
        if (fingerprints.Count > 0)
        {
            pages = pages
                .Select(page => page.Get<Transcript>(MetadataKeys.Transcript) is { } transcript && fingerprints.TryGetValue(transcript, out var fingerprint)
                    ? page.WithMetadata(MetadataKeys.SourceFingerprint, fingerprint)
                    : page)
                .ToList();
        }

        return Task.FromResult<IReadOnlyList<Document>>(pages);
    }

    private static Document Page(string source, string url, string title, string layout, TranscriptPage plan, Transcript? transcript)
    {
        var page = new Document { Source = source, Destination = AssignPageUrls.DestinationOf(url) }
            .WithMetadata(MetadataKeys.TranscriptPage, plan)
            .WithMetadata(MetadataKeys.Url, url)
            .WithMetadata(MetadataKeys.Title, title)
            .WithMetadata(MetadataKeys.Layout, layout)
            .WithMetadata(MetadataKeys.IsPage, true)
            .WithMarkdownCopyAt(Document.MarkdownCopyOf(url));
        return transcript is null
            ? page
            : page.WithMetadata(MetadataKeys.TranscriptId, transcript.Id).WithMetadata(MetadataKeys.Transcript, transcript);
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
                ["label"] = TranscriptText.SectionLabel(section, theme),
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
