using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Diagnostics;
using Site.Documents;
using Site.Navigation;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.PostProcess;

/// <summary>
/// Wraps each page's HTML in its layout (front matter <c>layout</c>, default <c>page</c>), then in that layout's
/// own layout, up the chain to the base. Templates are shared and parsed once; each page gets a fresh context.
/// </summary>
public sealed class ApplyLayout(Theme theme, string defaultLayout = "page") : IModule
{
    private const int MaxChain = 16;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var navigation = NavigationModel.Get(context, theme);
        var globals = context.Build.GetOrCreate("templateGlobals", () => theme.CreateGlobals(navigation));
        var outputs = new List<Document>(inputs.Count);
        foreach (var document in inputs)
        {
            if (!document.Get<bool>(MetadataKeys.IsPage) || document.CopyFrom is not null)
            {
                outputs.Add(document);
                continue;
            }

            var html = Render(document, globals, navigation, context.Build.Diagnostics);
            if (html is not null)
            {
                outputs.Add(document with { Content = html });
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    private string? Render(Document document, ScriptObject globals, ScriptObject navigation, DiagnosticBag diagnostics)
    {
        var layoutName = document.GetString(MetadataKeys.Layout, defaultLayout);
        var page = PageObject(document, navigation);
        var content = document.Content;
        var seen = new List<string>();

        // Creating a render context is the costly part of a small render, so each thread keeps one for the build:
        // the shared globals stay pushed, each page pushes its own object on top and pops it when done. A context
        // that saw an error is dropped, since a failed render may leave it half way.
        var context = RentContext(globals);
        var locals = new ScriptObject { ["page"] = page, ["content"] = content };
        context.PushGlobal(locals);
        var html = RenderChain(document, layoutName, seen, context, locals, content, diagnostics);
        if (html is not null)
        {
            context.PopGlobal();
            t_context = (globals, context);
        }

        return html;
    }

    [ThreadStatic]
    private static (ScriptObject Globals, TemplateContext Context)? t_context;

    private TemplateContext RentContext(ScriptObject globals)
    {
        if (t_context is { } cached && ReferenceEquals(cached.Globals, globals))
        {
            t_context = null;
            return cached.Context;
        }

        return theme.CreateContext(globals);
    }

    // Stands for the page in a layout that only writes `content` out: the layout is rendered around it, and the page
    // put in its place once the whole chain is rendered. The page is then copied once, not once per layout (three
    // for a section page), which was most of what a build allocated. Private-use characters and a random part, so
    // that no page or template contains it by chance.
    private static readonly string ContentMarker = "\uE000site:content:" + Guid.NewGuid().ToString("N") + "\uE001";

    private string? RenderChain(Document document, string layoutName, List<string> seen, TemplateContext context, ScriptObject locals, string content, DiagnosticBag diagnostics)
    {
        var pieces = new List<string> { content };
        for (var name = layoutName; name is not null;)
        {
            if (seen.Contains(name, StringComparer.Ordinal) || seen.Count >= MaxChain)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LayoutCycle, document.Source, 0, 0, $"layouts wrap each other in a cycle: {string.Join(" -> ", seen.Append(name))}"));
                return null;
            }

            seen.Add(name);
            var layout = theme.Templates.GetLayout(name);
            if (layout is null)
            {
                if (!theme.Templates.LayoutExists(name))
                {
                    var (line, column) = LineOf(document, MetadataKeys.Layout);
                    var origin = seen.Count == 1 ? document.Source : theme.Templates.GetLayout(seen[^2])?.DisplayPath ?? document.Source;
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownLayout, origin, seen.Count == 1 ? line : 1, seen.Count == 1 ? column : 1, $"unknown layout '{name}': there is no layouts/{name}.html in the theme or in input/"));
                }

                return null; // a broken layout was reported when it was parsed
            }

            var withMarker = layout.WritesContentAsIs && theme.Templates.PartialsWriteContentAsIs;
            locals["content"] = withMarker ? ContentMarker : Join(pieces);
            string rendered;
            try
            {
                rendered = layout.Template.Render(context);
            }
            catch (ScriptRuntimeException exception) when (exception.InnerException is IncludeOutsideThemeException outside)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.IncludeOutsideTheme,
                    exception.Span.FileName ?? layout.DisplayPath,
                    exception.Span.Start.Line + 1,
                    exception.Span.Start.Column + 1,
                    outside.Message));
                return null;
            }
            catch (ScriptRuntimeException exception)
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.TemplateRuntime,
                    exception.Span.FileName ?? layout.DisplayPath,
                    exception.Span.Start.Line + 1,
                    exception.Span.Start.Column + 1,
                    $"{exception.OriginalMessage} (rendering {document.Source})"));
                return null;
            }
            catch (Exception exception) when (exception is IncludeOutsideThemeException or IOException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.IncludeOutsideTheme, layout.DisplayPath, 0, 0, exception.Message));
                return null;
            }

            pieces = withMarker ? Splice(rendered, pieces) : [rendered];
            name = layout.Parent;
        }

        return Join(pieces);
    }

    /// <summary>The layout's output with the pieces of the page wherever it wrote the marker (usually once).</summary>
    private static List<string> Splice(string rendered, List<string> page)
    {
        var result = new List<string>(page.Count + 2);
        var start = 0;
        for (var marker = rendered.IndexOf(ContentMarker, StringComparison.Ordinal); marker >= 0; marker = rendered.IndexOf(ContentMarker, start, StringComparison.Ordinal))
        {
            result.Add(rendered[start..marker]);
            result.AddRange(page);
            start = marker + ContentMarker.Length;
        }

        result.Add(start == 0 ? rendered : rendered[start..]);
        return result;
    }

    private static string Join(List<string> pieces) => pieces.Count == 1 ? pieces[0] : string.Concat(pieces);

    private static (int Line, int Column) LineOf(Document document, string key) =>
        document.Get<Dictionary<string, int>>(MetadataKeys.FrontMatterLines)?.GetValueOrDefault(key) is int line and > 0
            ? (line, 1)
            : (1, 1);

    private static ScriptObject PageObject(Document document, ScriptObject navigation)
    {
        var frontMatter = document.Get<Dictionary<string, object?>>(MetadataKeys.FrontMatter) ?? [];
        var page = ScriptModel.FromDictionary(frontMatter);
        page["title"] = document.GetString(MetadataKeys.Title);
        page["description"] = document.GetString(MetadataKeys.Description);
        page["url"] = document.GetString(MetadataKeys.Url);
        page["layout"] = document.GetString(MetadataKeys.Layout);
        page["source"] = document.Source;
        page["markdown_url"] = document.Get<string>(MetadataKeys.MarkdownUrl);
        var transcriptId = document.Get<string>(MetadataKeys.TranscriptId);
        page["transcript"] = transcriptId is not null && navigation["transcripts_by_id"] is ScriptObject byId ? byId[transcriptId] : null;
        if (document.Get<ScriptObject>(MetadataKeys.Model) is { } model)
        {
            foreach (var (key, value) in model)
            {
                page[key] = value;
            }
        }

        return page;
    }
}
