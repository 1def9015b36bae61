using Scriban.Runtime;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Navigation;

/// <summary>
/// The navigation of the whole site as one template object, built once per build from every pipeline's Process
/// output: <c>nav.main</c> (the top navigation) and <c>nav.transcripts</c> (each transcript with its sections and
/// speakers, contributed by the documents that carry <see cref="EntryKey"/>).
/// </summary>
public static class NavigationModel
{
    /// <summary>Metadata key of a document's navigation entry (a <see cref="ScriptObject"/> with <c>id</c> and <c>order</c>).</summary>
    public const string EntryKey = "navigationEntry";

    private const string SharedKey = "navigation";

    public static ScriptObject Get(PipelineContext context, Theme theme) =>
        context.Build.GetOrCreate(SharedKey, () => Build(context.AllOutputs(), theme));

    public static ScriptObject Build(IEnumerable<Document> documents, Theme theme)
    {
        var main = new ScriptArray();
        foreach (var entry in theme.Settings.Navigation)
        {
            main.Add(new ScriptObject
            {
                ["title"] = entry.Title ?? theme.Text(entry.Label ?? string.Empty),
                ["url"] = entry.Url,
                ["key"] = entry.Label ?? string.Empty,
            });
        }

        var transcripts = new ScriptArray();
        var byId = new ScriptObject();
        foreach (var entry in documents
            .Select(d => d.Get<ScriptObject>(EntryKey))
            .OfType<ScriptObject>()
            .OrderBy(e => e["order"] is int order ? order : int.MaxValue)
            .ThenBy(e => e["id"] as string, StringComparer.Ordinal))
        {
            transcripts.Add(entry);
            byId[entry["id"] as string ?? string.Empty] = entry;
        }

        return new ScriptObject
        {
            ["main"] = main,
            ["transcripts"] = transcripts,
            ["transcripts_by_id"] = byId,
        };
    }
}
