using Scriban;
using Scriban.Runtime;
using Site.Configuration;
using Site.Diagnostics;
using Site.Urls;

namespace Site.Theming;

/// <summary>
/// Everything templates need that is the same for every page, built once per build: parsed templates, strings,
/// the URL helper and the <c>site</c> object.
/// </summary>
public sealed class Theme
{
    public Theme(SiteSettings settings, ThemeFiles files, DiagnosticBag diagnostics)
    {
        Settings = settings;
        Files = files;
        Templates = new ThemeTemplates(files, diagnostics);
        Urls = new UrlHelper(settings.BasePath, settings.BaseUrl);
        Strings = ThemeStrings.Load(files, settings.Language, diagnostics);
        Site = CreateSiteObject(settings);
    }

    public SiteSettings Settings { get; }

    public ThemeFiles Files { get; }

    public ThemeTemplates Templates { get; }

    public UrlHelper Urls { get; }

    public ScriptObject Strings { get; }

    public ScriptObject Site { get; }

    /// <summary>The label of a strings key, or the key itself when the strings file lacks it.</summary>
    public string Text(string key) => Strings.TryGetValue(key, out var value) && value is string text ? text : key;

    /// <summary>The label of a strings key in <paramref name="language"/> (a transcript's own), else in the site's.</summary>
    public string Text(string key, string? language) =>
        StringsFor(language).TryGetValue(key, out var value) && value is string text ? text : key;

    /// <summary>
    /// The strings of a page in <paramref name="language"/> (null or the site's own gives <see cref="Strings"/>),
    /// English under them as for the site; loaded once per language for the build.
    /// </summary>
    public ScriptObject StringsFor(string? language)
    {
        if (language is null || language.Length == 0 || language.Equals(Settings.Language, StringComparison.OrdinalIgnoreCase))
        {
            return Strings;
        }

        // Problems of a strings file were reported when the site's strings were loaded; here they would repeat.
        return _byLanguage.GetOrAdd(language, tag => ThemeStrings.Load(Files, tag, new DiagnosticBag()));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptObject> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    private static ScriptObject CreateSiteObject(SiteSettings settings)
    {
        var site = new ScriptObject
        {
            ["title"] = settings.Title,
            ["description"] = settings.Description,
            ["language"] = settings.Language,
            ["author"] = settings.Author,
            ["base_url"] = settings.BaseUrl,
            ["base_path"] = settings.BasePath,
            // Feeds need absolute URLs, so they exist (and pages link them) only with a base URL (Feeds.GenerateFeeds).
            ["feeds"] = settings.BaseUrl.Length > 0,
            ["params"] = ScriptModel.FromDictionary(settings.Extra),
        };
        return site;
    }

    /// <summary>
    /// The global object of every render: <c>site</c>, <c>strings</c>, <c>nav</c> and the functions <c>url</c>
    /// and <c>absolute_url</c>. Shared read-only between threads; each page pushes its own object on top.
    /// </summary>
    public ScriptObject CreateGlobals(ScriptObject navigation)
    {
        var globals = new ScriptObject
        {
            ["site"] = Site,
            ["strings"] = Strings,
            ["nav"] = navigation,
            ["url"] = TemplateFunction.OfString(Urls.Url),
            ["absolute_url"] = TemplateFunction.OfString(Urls.AbsoluteUrl),
            ["include"] = new IncludeInPlace(),
        };
        return globals;
    }

    public TemplateContext CreateContext(ScriptObject globals)
    {
        var context = Templates.CreateContext();
        context.PushGlobal(globals);
        return context;
    }
}
