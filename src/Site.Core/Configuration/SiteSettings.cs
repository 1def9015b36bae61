using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Configuration;

/// <summary>How glossary terms are linked from transcript text.</summary>
public enum TermLinkDensity
{
    FirstPerTurn,
    FirstPerPage,
    Every,
}

/// <summary>Site settings from <c>input/site.yml</c>. Every setting has a default, so the file is optional.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Site";
    public string Description { get; init; } = string.Empty;
    public string Language { get; init; } = "en";
    public string Author { get; init; } = string.Empty;

    /// <summary>Absolute URL of the published site (for canonical links and the sitemap), or empty.</summary>
    public string BaseUrl { get; init; } = string.Empty;

    /// <summary>Path the site is served under, always starting and ending with <c>/</c> (e.g. <c>/sora-panel/</c>).</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>Custom domain for GitHub Pages, written to <c>CNAME</c>.</summary>
    public string Domain { get; init; } = string.Empty;

    public IReadOnlyList<NavigationEntry> Navigation { get; init; } = DefaultNavigation;

    /// <summary>True when site.yml gave no navigation: entries whose page the site does not have are then left out.</summary>
    public bool IsDefaultNavigation => ReferenceEquals(Navigation, DefaultNavigation);

    public TermLinkDensity TermLinks { get; init; } = TermLinkDensity.FirstPerTurn;

    /// <summary>Whether raw HTML in hand-written Markdown and glossary definitions reaches the pages
    /// (<c>markup: { unsafe: true }</c>); off by default, as in Hugo.</summary>
    public bool UnsafeMarkup { get; init; }

    /// <summary>All other keys of site.yml, passed to templates as <c>site.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public static IReadOnlyList<NavigationEntry> DefaultNavigation { get; } =
    [
        new(null, "nav_home", "/"),
        new(null, "nav_sections", "/sections/"),
        new(null, "nav_speakers", "/speakers/"),
        new(null, "nav_people", "/people/"),
        new(null, "nav_glossary", "/glossary/"),
    ];

    public const string FileName = "site.yml";

    /// <summary>Reads <c>site.yml</c> from the input folder; problems are reported and defaults kept.</summary>
    public static SiteSettings Load(string inputRoot, string displayRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputRoot, FileName);
        if (!File.Exists(path))
        {
            return new SiteSettings();
        }

        var display = Path.Combine(displayRoot, FileName).Replace('\\', '/');
        string text;
        try
        {
            text = Text.TextFile.Read(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Text.InvalidUtf8Exception)
        {
            diagnostics.Add(Diagnostic.Error(
                exception is Text.InvalidUtf8Exception ? DiagnosticCodes.InvalidUtf8 : DiagnosticCodes.UnreadableFile,
                display, (exception as Text.InvalidUtf8Exception)?.Line ?? 0, (exception as Text.InvalidUtf8Exception)?.Column ?? 0, exception.Message));
            return new SiteSettings();
        }

        var root = YamlText.Parse(text, display, 1, DiagnosticCodes.InvalidSettings, diagnostics);
        if (root is null)
        {
            return new SiteSettings();
        }

        if (root is not YamlMappingNode mapping)
        {
            var (line, column) = YamlText.PositionOf(root, 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, "site.yml must be a mapping of settings (key: value)"));
            return new SiteSettings();
        }

        return new SiteSettingsReader(display, diagnostics).Read(mapping);
    }

    /// <summary>Why a base URL (from site.yml or <c>--base-url</c>) cannot be used, or null when it can: it must
    /// be an absolute http(s) URL or a path starting with <c>/</c>.</summary>
    public static string? BaseUrlProblem(string baseUrl)
    {
        if (Urls.SafeUrl.Problem(baseUrl) is { } problem)
        {
            return problem;
        }

        if (baseUrl.Length == 0 || baseUrl.StartsWith('/'))
        {
            return null;
        }

        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"baseUrl must be an absolute URL such as https://owner.github.io/repo/ or a path such as /repo/, not '{baseUrl}'";
    }

    /// <summary>Sets the absolute base URL; its path becomes the base path. The URL must have passed
    /// <see cref="BaseUrlProblem"/>.</summary>
    public SiteSettings WithBaseUrl(string baseUrl)
    {
        if (BaseUrlProblem(baseUrl) is { } problem)
        {
            throw new ArgumentException(problem, nameof(baseUrl));
        }

        if (baseUrl.Length == 0)
        {
            return this with { BaseUrl = string.Empty };
        }

        if (baseUrl.StartsWith('/'))
        {
            return this with { BasePath = Urls.UrlHelper.NormalizeBasePath(baseUrl) };
        }

        var uri = new Uri(baseUrl, UriKind.Absolute);
        var basePath = Urls.UrlHelper.NormalizeBasePath(uri.AbsolutePath);
        return this with { BaseUrl = uri.GetLeftPart(UriPartial.Authority) + basePath, BasePath = basePath };
    }
}
