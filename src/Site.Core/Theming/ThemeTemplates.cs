using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Theming;

/// <summary>
/// The theme's Scriban templates, each parsed once per build and shared by every page: layouts (which chain
/// through a <c>layout:</c> key in their front matter) and partials (reached with <c>include "name.html"</c>,
/// confined to the <c>partials/</c> folder of the theme or its overrides in <c>input/</c>).
/// </summary>
public sealed class ThemeTemplates : ITemplateLoader
{
    private const string PartialsFolder = "partials";
    private const string LayoutsFolder = "layouts";

    private readonly ThemeFiles _files;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<string, Lazy<LayoutTemplate?>> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _partials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _includePaths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pageIndependent = new(StringComparer.Ordinal);

    /// <summary>
    /// The output of each page-independent partial (<see cref="PageIndependence"/>) in this build, with the build-wide
    /// values it was rendered with.
    /// </summary>
    internal ConcurrentDictionary<string, (object?[] Values, string Output)> PartialOutputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the partial at <paramref name="path"/> writes the same thing on every page (checked once per build).</summary>
    internal bool IsPageIndependent(string path, Template partial) =>
        _pageIndependent.GetOrAdd(path, _ => PageIndependence.IsPageIndependent(partial));

    public ThemeTemplates(ThemeFiles files, DiagnosticBag diagnostics)
    {
        _files = files;
        _diagnostics = diagnostics;
        _partialsWriteContentAsIs = new Lazy<bool>(CheckPartials);
    }

    public ThemeFiles Files => _files;

    /// <summary>The layout named <paramref name="name"/> (file <c>layouts/name.html</c>), or null if missing or broken.</summary>
    public LayoutTemplate? GetLayout(string name) =>
        _layouts.GetOrAdd(name, key => new Lazy<LayoutTemplate?>(() => LoadLayout(key))).Value;

    /// <summary>
    /// True when no partial of the theme (or of its overrides in input/) uses <c>content</c> other than to write it
    /// out: partials render in the layout's context, so a layout may be rendered with a marker for the page only
    /// if they would write that marker out untouched too. An unreadable partial counts as using it otherwise.
    /// </summary>
    public bool PartialsWriteContentAsIs => _partialsWriteContentAsIs.Value;

    private readonly Lazy<bool> _partialsWriteContentAsIs;

    private bool CheckPartials()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true };
        foreach (var root in _files.Roots)
        {
            var folder = Path.Combine(root, PartialsFolder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                // Parsed apart from the build's cache: a broken partial that no page includes is not an error.
                try
                {
                    if (ThemeFiles.Confine(root, Path.GetRelativePath(root, file).Replace('\\', '/')) is { } path &&
                        Template.Parse(Text.TextFile.Read(path), path) is { HasErrors: false } partial &&
                        !ContentUse.IsWrittenAsIs(partial))
                    {
                        return false;
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Text.InvalidUtf8Exception)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the layout exists (it may still have errors, which are reported separately).</summary>
    public bool LayoutExists(string name) =>
        ThemeFiles.IsSafeRelativePath(name) && _files.Resolve($"{LayoutsFolder}/{name}.html") is not null;

    private LayoutTemplate? LoadLayout(string name)
    {
        if (!ThemeFiles.IsSafeRelativePath(name))
        {
            return null;
        }

        var path = _files.Resolve($"{LayoutsFolder}/{name}.html");
        if (path is null)
        {
            return null;
        }

        var display = ThemeFiles.Display(path);
        var text = ReadTemplateText(path, display);
        if (text is null)
        {
            return null;
        }

        string? parent = null;
        var split = FrontMatter.Extract(text);
        if (split.Yaml is not null)
        {
            if (YamlText.Parse(split.Yaml, display, 2, DiagnosticCodes.InvalidFrontMatter, _diagnostics) is YamlMappingNode mapping &&
                mapping.Children.TryGetValue(new YamlScalarNode("layout"), out var value))
            {
                parent = (value as YamlScalarNode)?.Value;
            }

            // Keep the front matter's lines as blank lines so Scriban's line numbers stay those of the file.
            text = new string('\n', split.BodyLine - 1) + split.Body;
        }

        var template = Parse(text, display);
        return template is null ? null : new LayoutTemplate(name, display, template, string.IsNullOrWhiteSpace(parent) ? null : parent);
    }

    private Template? Parse(string text, string display)
    {
        var template = Template.Parse(text, display);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            _diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TemplateSyntax,
                display,
                message.Span.Start.Line + 1,
                message.Span.Start.Column + 1,
                message.Message));
        }

        return null;
    }

    private string? ReadTemplateText(string path, string display)
    {
        try
        {
            return Text.TextFile.Read(path);
        }
        catch (Text.InvalidUtf8Exception exception)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, display, exception.Line, exception.Column, exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, exception.Message));
        }

        return null;
    }

    /// <summary>Runs Scriban's one-time initialisation (the built-in objects the theme uses), so that it can happen in the background.</summary>
    public static void WarmUp() => LazyBuiltins.WarmUp();

    /// <summary>Creates a render context with the shared partial cache, strict variables and confined includes.</summary>
    public TemplateContext CreateContext()
    {
        var context = new TemplateContext(new LazyBuiltins())
        {
            StrictVariables = true,
            TemplateLoader = this,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 100_000,
            // Scriban cuts any value longer than 1 MiB to "..." by default; a long page's content must stay whole.
            LimitToString = 0,
            MemberRenamer = member => member.Name,
        };
        return context;
    }

    // Scriban asks for the full path of an include, then for the template at that path. We hand out parsed
    // partials from our build-wide cache instead of letting each render context parse its own copy.
    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // Every page includes the same few partials: resolving a name walks the file system (each segment is
        // checked for links), so it is done once per name and build. Only found partials are remembered; a
        // missing or refused one throws again, with its message, wherever it is included.
        if (!_includePaths.TryGetValue(templateName, out var path))
        {
            path = ResolveInclude(templateName);
            _includePaths.TryAdd(templateName, path);
        }

        if (!context.CachedTemplates.ContainsKey(path) && GetPartial(path) is { } partial)
        {
            context.CachedTemplates[path] = partial;
        }

        return path;
    }

    private string ResolveInclude(string templateName)
    {
        var relative = $"{PartialsFolder}/{templateName}";
        if (!ThemeFiles.IsSafeRelativePath(templateName) || ThemeFiles.Confine(_files.ThemeRoot, relative) is null)
        {
            throw new IncludeOutsideThemeException(templateName);
        }

        return _files.Resolve(relative) ??
            throw new FileNotFoundException($"include '{templateName}' not found in {PartialsFolder}/ of the theme");
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Text.TextFile.Read(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Text.TextFile.Read(templatePath));

    private Template? GetPartial(string path) =>
        _partials.GetOrAdd(path, key => new Lazy<Template?>(() =>
        {
            var display = ThemeFiles.Display(key);
            var text = ReadTemplateText(key, display);
            return text is null ? null : Parse(text, display);
        })).Value;
}
