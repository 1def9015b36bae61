using Site.Building;
using Site.Documents;
using Site.Glossary;
using Site.Modules.Process;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Adds the people pages to the planned transcript pages: <c>/people/</c> and <c>/people/&lt;slug&gt;/</c> (and its
/// further pages). What a person page shows of each transcript is taken here, while every transcript's model is
/// there, as small <see cref="PersonAppearance"/> records; the person pages themselves are written later, batch by
/// batch, by <see cref="WritePersonPages"/>. The <c>/people/</c> index (a line per person) is made here.
/// </summary>
public sealed class GeneratePeoplePages(Theme theme, BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var directory = PeopleDirectory.Get(context);
        if (!directory.HasPages || directory.People.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var transcripts = TranscriptLease.TranscriptsIn(inputs).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var urls = inputs.Select(page => page.Get<TranscriptPage>(MetadataKeys.TranscriptPage)?.Urls).OfType<TranscriptUrls>().First();
        var glossary = GlossaryLoader.Get(context, paths.Input);
        var usage = GlossaryUsage.Get(context, glossary, transcripts);
        var markdown = new PersonMarkdown(theme, glossary);

        // Transcripts are independent: each is read once for all the people in it.
        var found = new (Person Person, PersonAppearance Appearance)[transcripts.Count][];
        Parallel.For(0, transcripts.Count, order => found[order] = [.. PersonAppearance.In(transcripts[order], order, directory, urls, theme, glossary, usage)]);
        var byPerson = found.SelectMany(own => own).ToLookup(pair => pair.Person, pair => pair.Appearance, ReferenceEqualityComparer.Instance);

        var pages = new List<Document>();
        var summaries = new (Person Person, int Appearances, int Turns)[directory.People.Count];
        for (var index = 0; index < directory.People.Count; index++)
        {
            var person = directory.People[index];
            var chronological = PersonMarkdown.Chronological([.. byPerson[person]]);
            summaries[index] = (person, chronological.Count, chronological.Sum(a => a.Turns.Count));
            var count = PersonMarkdown.PageCount(chronological.Count);
            var lent = new PersonAppearances(chronological, count);
            for (var number = 1; number <= count; number++)
            {
                pages.Add(Page(PeopleUrls.Person(person.Slug, number), person.Name).WithMetadata(MetadataKeys.PersonPage, new PersonPage(person, lent, number, count)));
            }
        }

        // First in line: the person pages are written by the first batches and their appearances let go, instead of
        // waiting through every transcript page.
        List<Document> outputs = [markdown.Index(summaries).ApplyTo(Page(PeopleUrls.Index, theme.Text("people_title"))), .. pages, .. inputs];
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private static Document Page(string url, string title) =>
        new Document { Source = "transcripts/", Destination = AssignPageUrls.DestinationOf(url) }
            .WithMetadata(MetadataKeys.Url, url)
            .WithMetadata(MetadataKeys.Title, title)
            .WithMetadata(MetadataKeys.IsPage, true)
            .WithMarkdownCopyAt(Document.MarkdownCopyOf(url));
}
