using Scriban.Runtime;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Navigation;

/// <summary>
/// The navigation of the whole site as one template object, built once per build from every pipeline's Process
/// output: <c>nav.main</c> (the top navigation) and <c>nav.transcripts</c> (each transcript with its sections and
/// speakers, contributed by the documents that carry <see cref="MetadataKeys.NavigationEntry"/>).
/// </summary>
public static class NavigationModel
{

    private const string SharedKey = "navigation";

    public static ScriptObject Get(PipelineContext context, Theme theme) =>
        context.Build.GetOrCreate(SharedKey, () => Build(context.AllOutputs(), theme));

    public static ScriptObject Build(IEnumerable<Document> documents, Theme theme)
    {
        var all = documents.ToList();
        var urls = all.Select(d => d.GetString(MetadataKeys.Url)).Where(url => url.Length > 0).ToHashSet(StringComparer.Ordinal);
        var main = new ScriptArray();
        foreach (var entry in theme.Settings.Navigation)
        {
            // The default entries point at generated pages (sections, glossary...); a site without them skips them.
            if (theme.Settings.IsDefaultNavigation && entry.Url != "/" && !urls.Contains(entry.Url))
            {
                continue;
            }

            main.Add(new ScriptObject
            {
                ["title"] = entry.Title ?? theme.Text(entry.Label ?? string.Empty),
                ["url"] = entry.Url,
                ["key"] = entry.Label ?? string.Empty,
            });
        }

        var transcripts = new ScriptArray();
        var byId = new ScriptObject();
        foreach (var entry in all
            .Select(d => d.Get<ScriptObject>(MetadataKeys.NavigationEntry))
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
