using Site.Building;
using Site.Documents;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Matches the speakers of every parsed transcript into people (<see cref="PeopleDirectory"/>), with
/// <c>people.yml</c>, before the pages are planned: every turn's <c>data-speaker</c> is its person's slug. Passes the
/// documents on unchanged.
/// </summary>
public sealed class MatchPeople(BuildPaths paths) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var transcripts = inputs.Select(document => document.Get<Transcript>(MetadataKeys.Transcript)).OfType<Transcript>().ToList();
        PeopleDirectory.Set(context, () => PeopleDirectory.Build(transcripts, PeopleFileReader.Get(context, paths.Input), context.Build.Diagnostics));
        return Task.FromResult(inputs);
    }
}
