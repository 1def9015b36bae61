using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Diagnostics;
using Site.Documents;
using Site.Navigation;
using Site.Pipelines;
using Site.Text;
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
        var page = PageObject(document, navigation, theme.Settings.Language);
        var content = document.Content;
        var seen = new List<string>();

        // Creating a render context is the costly part of a small render, so each thread keeps one for the build:
        // the shared globals stay pushed, each page pushes its own object on top and pops it when done. A context
        // that saw an error is dropped, since a failed render may leave it half way.
        var context = RentContext(globals);
        var locals = new ScriptObject { ["page"] = page, ["content"] = content };
        // A transcript in its own language gets that language's interface strings, over the site's.
        var language = page["language"] as string;
        if (language is { Length: > 0 } && !ReferenceEquals(theme.StringsFor(language), theme.Strings))
        {
            locals["strings"] = theme.StringsFor(language);
        }
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
        using var page = new PageParts(content);
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
            locals["content"] = withMarker ? ContentMarker : page.ToString();
            var output = page.NextOutput();
            context.PushOutput(output);
            try
            {
                TemplateOutput.Write(layout.Template, context);
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
            finally
            {
                context.PopOutput();
            }

            page.Wrap(output.Builder, withMarker ? ContentMarker : null);
            name = layout.Parent;
        }

        return page.ToString();
    }

    /// <summary>
    /// A page being wrapped in its layouts, as pieces: the page's own HTML and the parts of each layout's output
    /// around it. Each layout is rendered into a buffer kept for the thread's next page, and the page is made into
    /// one string once, at the end: the layouts' output is never copied into strings of its own.
    /// </summary>
    private sealed class PageParts(string content) : IDisposable
    {
        private readonly List<(StringBuilder? Builder, int Start, int Length)> _pieces = [(null, 0, content.Length)];
        private readonly List<StringBuilder> _builders = [];

        /// <summary>An empty output for the next layout.</summary>
        public StringBuilderOutput NextOutput()
        {
            var builder = ThreadBuilders.Rent();
            _builders.Add(builder);
            return new StringBuilderOutput(builder);
        }

        /// <summary>The layout's output becomes the page; with a marker, the page so far goes wherever it was written.</summary>
        public void Wrap(StringBuilder rendered, string? marker)
        {
            var pieces = new List<(StringBuilder?, int, int)>(_pieces.Count + 2);
            var start = 0;
            if (marker is not null)
            {
                for (var at = IndexOf(rendered, marker, 0); at >= 0; at = IndexOf(rendered, marker, start))
                {
                    pieces.Add((rendered, start, at - start));
                    pieces.AddRange(_pieces);
                    start = at + marker.Length;
                }
            }

            pieces.Add((rendered, start, rendered.Length - start));
            _pieces.Clear();
            _pieces.AddRange(pieces);
        }

        public override string ToString()
        {
            var length = 0;
            foreach (var piece in _pieces)
            {
                length += piece.Length;
            }

            return string.Create(length, (_pieces, content), static (text, state) =>
            {
                foreach (var (builder, start, count) in state._pieces)
                {
                    if (builder is null)
                    {
                        state.content.AsSpan(start, count).CopyTo(text);
                    }
                    else
                    {
                        builder.CopyTo(start, text, count);
                    }

                    text = text[count..];
                }
            });
        }

        public void Dispose()
        {
            foreach (var builder in _builders)
            {
                ThreadBuilders.Return(builder);
            }
        }

        /// <summary>Where <paramref name="marker"/> starts in <paramref name="builder"/> from <paramref name="from"/>, or -1.</summary>
        private static int IndexOf(StringBuilder builder, string marker, int from)
        {
            // A builder kept from an earlier page is one block of memory (clearing it joins its chunks): search it
            // as a span. One that had to grow for this page is searched character by character.
            var chunks = builder.GetChunks();
            if (chunks.MoveNext() && chunks.Current.Length == builder.Length)
            {
                var found = chunks.Current.Span[from..].IndexOf(marker, StringComparison.Ordinal);
                return found < 0 ? -1 : from + found;
            }

            for (var at = from; at <= builder.Length - marker.Length; at++)
            {
                var whole = true;
                for (var index = 0; index < marker.Length && whole; index++)
                {
                    whole = builder[at + index] == marker[index];
                }

                if (whole)
                {
                    return at;
                }
            }

            return -1;
        }
    }

    private static (int Line, int Column) LineOf(Document document, string key) =>
        document.Get<Dictionary<string, int>>(MetadataKeys.FrontMatterLines)?.GetValueOrDefault(key) is int line and > 0
            ? (line, 1)
            : (1, 1);

    private static ScriptObject PageObject(Document document, ScriptObject navigation, string siteLanguage)
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
        // <html lang>: a transcript's own language on its pages, else front matter `language`, else the site's.
        page["language"] = page["transcript"] is ScriptObject { } entry && entry["language"] is string { Length: > 0 } own
            ? own
            : page["language"] is string { Length: > 0 } written ? written : siteLanguage;
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
