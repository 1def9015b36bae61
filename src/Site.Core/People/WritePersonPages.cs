using Site.Building;
using Site.Documents;
using Site.Glossary;
using Site.Pipelines;
using Site.Theming;

namespace Site.People;

/// <summary>
/// Writes the Markdown and HTML (<see cref="Transcripts.PageMarkdown"/>) of each person page that
/// <see cref="GeneratePeoplePages"/> planned, batch by batch as PostProcess streams them, as
/// <see cref="Transcripts.WriteTranscriptMarkdown"/> does for transcript pages. Other documents pass unchanged.
/// </summary>
public sealed class WritePersonPages(Theme theme, BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (!inputs.Any(page => page.Get<PersonPage>(MetadataKeys.PersonPage) is not null))
        {
            return Task.FromResult(inputs);
        }

        var markdown = new PersonMarkdown(theme, GlossaryLoader.Get(context, paths.Input));
        IReadOnlyList<Document> outputs = [.. inputs.Select(page => page.Get<PersonPage>(MetadataKeys.PersonPage) is { } plan ? Write(markdown, plan, page) : page)];
        return Task.FromResult(outputs);
    }

    private static Document Write(PersonMarkdown markdown, PersonPage plan, Document page)
    {
        var written = markdown.PersonPage(plan).ApplyTo(page);
        plan.Appearances.Return();
        return written;
    }
}
