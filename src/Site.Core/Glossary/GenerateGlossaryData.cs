using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Building;
using Site.Documents;
using Site.Pipelines;
using Site.Urls;

namespace Site.Glossary;

/// <summary>
/// Writes <c>/glossary/terms.json</c> (<c>{id: {zh, en, short, url}}</c>), which glossary.js reads once to show a
/// term's short definition in a popover, so the definitions are not repeated in every page.
/// </summary>
public sealed class GenerateGlossaryData(BuildPaths paths, UrlHelper urls) : IModule
{
    public const string Destination = "glossary/terms.json";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var glossary = GlossaryLoader.Get(context, paths.Input);
        if (glossary.Terms.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var data = new Document { Source = glossary.SourcePath, Destination = Destination, Content = Json(glossary, urls) };
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, data]);
    }

    public static string Json(Glossary glossary, UrlHelper urls)
    {
        using var buffer = new MemoryStream();
        // Utf8JsonWriter needs no reflection (Native AOT); the encoder keeps Chinese readable but still escapes < > &.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            foreach (var term in glossary.Terms)
            {
                json.WriteStartObject(term.Id);
                json.WriteString("zh", term.Zh);
                json.WriteString("en", term.En);
                json.WriteString("short", term.ShortDefinition);
                json.WriteString("url", urls.Url(TermLinkWriter.UrlOf(term.Id)));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
