using Scriban.Runtime;
using Site.Building;
using Site.Documents;
using Site.Episodes;
using Site.Modules.PostProcess;
using Site.Modules.Process;
using Site.Navigation;
using Site.People;
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
    /// <summary>
    /// Keeps every transcript's model to the end of the build, for builds that read them after the pages (the search
    /// index); otherwise each model goes once its pages are written (<see cref="TranscriptLease"/>).
    /// </summary>
    public bool KeepModels { get; init; }

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
        var withHome = !urls.SingleTranscript && !hasHome;
        var people = PeopleDirectory.Get(context);
        var leases = transcripts.Select(t => KeepModels ? TranscriptLease.Kept(t) : new TranscriptLease(t)).ToList();
        // The series order (newest first) for the home page, each transcript's previous and next, and the feeds.
        var episodes = EpisodeOrder.Sort(transcripts.Select(t => Episode.Of(t, urls)));
        var position = episodes.Select((episode, index) => (episode.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        // Each transcript's pages are planned on its own (in parallel: at hundreds of transcripts this is most of the
        // Process phase, which every page waits for), then put together in transcript order.
        var planned = new List<Document>[transcripts.Count];
        Parallel.For(0, transcripts.Count, order =>
        {
            var transcript = transcripts[order];
            var lease = leases[order];
            var own = planned[order] = [];
            var at = position[transcript.Id];
            own.Add(Page(transcript.SourcePath, urls.Overview(transcript), transcript.Title, "overview", new(TranscriptPageKind.Overview, lease, [], urls))
                .WithMetadata(MetadataKeys.NavigationEntry, NavigationEntry(transcript, order, urls, episodes, at, people))
                .WithMetadata(MetadataKeys.Episode, episodes[at]));
            for (var index = 0; index < transcript.Sections.Count; index++)
            {
                var section = transcript.Sections[index];
                own.Add(Page(transcript.SourcePath, TranscriptUrls.Section(transcript, section), TranscriptText.SectionLabel(section, theme, transcript.Language), "section", new(TranscriptPageKind.Section, lease, [], urls, SectionIndex: index)));
            }

            foreach (var speaker in transcript.Speakers)
            {
                own.Add(Page(transcript.SourcePath, TranscriptUrls.Speaker(transcript, speaker), speaker.Name, "speaker", new(TranscriptPageKind.Speaker, lease, [], urls, SpeakerSlug: speaker.Slug)));
            }
        });

        // The indexes come first: PostProcess takes pages in this order, and each transcript's model can only go
        // once they, too, have read it (the sitemap and the navigation sort pages on their own).
        // Paginated too, each page reading only its share of the transcripts.
        var shares = leases.Chunk(TranscriptUrls.PerIndexPage).ToList();
        List<Document> pages =
        [
            .. shares.Select((share, index) => Page("transcripts/", TranscriptUrls.IndexPage(TranscriptUrls.SectionsIndex, index + 1), theme.Text("sections_title"), "page",
                new(TranscriptPageKind.SectionsIndex, null, share, urls) { PageNumber = index + 1, PageCount = shares.Count })),
            .. shares.Select((share, index) => Page("transcripts/", TranscriptUrls.IndexPage(TranscriptUrls.SpeakersIndex, index + 1), theme.Text("speakers_title"), "page",
                new(TranscriptPageKind.SpeakersIndex, null, share, urls) { PageNumber = index + 1, PageCount = shares.Count })),
        ];
        if (withHome)
        {
            // Paginated so that no page grows without bound; the home page needs only the episodes, not the models.
            var count = EpisodePages.Count(episodes.Count);
            for (var number = 1; number <= count; number++)
            {
                pages.Add(Page("transcripts/", EpisodePages.Url(number), string.Empty, "page", new(TranscriptPageKind.Home, null, [], urls) { Episodes = episodes, PageNumber = number }));
            }
        }

        pages.AddRange(planned.SelectMany(own => own));

        // The dev server reuses a transcript's pages when its file did not change (ReuseUnchangedTranscriptPages).
        var fingerprints = inputs
            .Where(document => document.Metadata.ContainsKey(MetadataKeys.SourceFingerprint) && document.Get<Transcript>(MetadataKeys.Transcript) is not null)
            .ToDictionary(document => document.Get<Transcript>(MetadataKeys.Transcript)!.Id, document => document.Metadata[MetadataKeys.SourceFingerprint], StringComparer.Ordinal);
        if (fingerprints.Count > 0)
        {
            pages = pages
                .Select(page => page.Get<TranscriptPage>(MetadataKeys.TranscriptPage)?.Lease is { } lease && fingerprints.TryGetValue(lease.Id, out var fingerprint)
                    ? page.WithMetadata(MetadataKeys.SourceFingerprint, fingerprint)
                    : page)
                .ToList();
        }

        return Task.FromResult<IReadOnlyList<Document>>(pages);
    }

    private static Document Page(string source, string url, string title, string layout, TranscriptPage plan)
    {
        // Every page planned takes the leases it reads: their models go once as many pages have given them back.
        var page = new Document { Source = source, Destination = AssignPageUrls.DestinationOf(url) }
            .WithMetadata(MetadataKeys.TranscriptPage, plan.BorrowLeases())
            .WithMetadata(MetadataKeys.Url, url)
            .WithMetadata(MetadataKeys.Title, title)
            .WithMetadata(MetadataKeys.Layout, layout)
            .WithMetadata(MetadataKeys.IsPage, true)
            .WithMarkdownCopyAt(Document.MarkdownCopyOf(url));
        return plan.Lease is { } lease ? page.WithMetadata(MetadataKeys.TranscriptId, lease.Id) : page;
    }

    private ScriptObject NavigationEntry(Transcript transcript, int order, TranscriptUrls urls, IReadOnlyList<Episode> episodes, int at, PeopleDirectory people)
    {
        var sections = new ScriptArray();
        foreach (var section in transcript.Sections)
        {
            sections.Add(new ScriptObject
            {
                ["number"] = section.Number,
                ["title"] = section.Title,
                ["label"] = TranscriptText.SectionLabel(section, theme, transcript.Language),
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
                // The person's slug, as on their turns (data-speaker), so that the theme colours them alike everywhere.
                ["slug"] = people.DataSpeaker(transcript.Id, speaker.Slug),
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
            ["date"] = transcript.Date ?? (episodes[at].Date is { } date ? date.MachineText : string.Empty),
            ["datetime"] = episodes[at].Date?.MachineText ?? string.Empty,
            ["language"] = transcript.Language ?? string.Empty,
            // Its neighbours in the series order (newest first), named by time so that no reader wonders which way "next" goes.
            ["newer"] = at > 0 ? Neighbour(episodes[at - 1]) : null,
            ["older"] = at + 1 < episodes.Count ? Neighbour(episodes[at + 1]) : null,
            ["sections"] = sections,
            ["speakers"] = speakers,
        };
    }

    private static ScriptObject Neighbour(Episode episode) => new()
    {
        ["title"] = episode.Title,
        ["url"] = episode.Url,
        ["datetime"] = episode.Date?.MachineText ?? string.Empty,
    };
}
