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

    /// <summary>All other keys of site.yml, passed to templates as <c>site.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public static IReadOnlyList<NavigationEntry> DefaultNavigation { get; } =
    [
        new(null, "nav_home", "/"),
        new(null, "nav_sections", "/sections/"),
        new(null, "nav_speakers", "/speakers/"),
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
            text = Text.TextFile.ReadUtf8(path);
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

        return FromMapping(mapping, display, diagnostics);
    }

    private static SiteSettings FromMapping(YamlMappingNode mapping, string display, DiagnosticBag diagnostics)
    {
        var settings = new SiteSettings();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var scalar = (valueNode as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            var (line, column) = YamlText.PositionOf(valueNode, 1);
            switch (key)
            {
                case "title":
                    settings = settings with { Title = scalar };
                    break;
                case "description":
                    settings = settings with { Description = scalar };
                    break;
                case "language" or "lang":
                    settings = settings with { Language = scalar.Length == 0 ? "en" : scalar };
                    break;
                case "author":
                    settings = settings with { Author = scalar };
                    break;
                case "domain" or "cname":
                    settings = settings with { Domain = scalar };
                    break;
                case "baseUrl" or "base_url":
                    if (scalar.Length > 0 && !Uri.TryCreate(scalar, UriKind.Absolute, out _))
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, $"baseUrl must be an absolute URL such as https://owner.github.io/repo/, not '{scalar}'"));
                        break;
                    }

                    settings = settings.WithBaseUrl(scalar);
                    break;
                case "basePath" or "base_path":
                    settings = settings with { BasePath = Urls.UrlHelper.NormalizeBasePath(scalar) };
                    break;
                case "navigation" or "nav":
                    settings = settings with { Navigation = ReadNavigation(valueNode, display, diagnostics) };
                    break;
                case "termLinks" or "term_links":
                    var density = scalar switch
                    {
                        "first-per-turn" or "turn" => TermLinkDensity.FirstPerTurn,
                        "first-per-page" or "page" => TermLinkDensity.FirstPerPage,
                        "every" or "all" => TermLinkDensity.Every,
                        _ => (TermLinkDensity?)null,
                    };
                    if (density is null)
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, $"termLinks must be first-per-turn, first-per-page or every, not '{scalar}'"));
                        break;
                    }

                    settings = settings with { TermLinks = density.Value };
                    break;
                default:
                    extra[key] = YamlText.ToPlain(valueNode);
                    break;
            }
        }

        return settings with { Extra = extra };
    }

    /// <summary>Sets the absolute base URL; its path becomes the base path.</summary>
    public SiteSettings WithBaseUrl(string baseUrl)
    {
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

    private static List<NavigationEntry> ReadNavigation(YamlNode node, string display, DiagnosticBag diagnostics)
    {
        var entries = new List<NavigationEntry>();
        if (node is not YamlSequenceNode sequence)
        {
            var (line, column) = YamlText.PositionOf(node, 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, "navigation must be a list of entries with title (or label) and url"));
            return [.. DefaultNavigation];
        }

        foreach (var item in sequence.Children)
        {
            var (line, column) = YamlText.PositionOf(item, 1);
            if (item is not YamlMappingNode entry)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, "a navigation entry needs title (or label) and url"));
                continue;
            }

            string? Value(string name) =>
                entry.Children.TryGetValue(new YamlScalarNode(name), out var value) ? (value as YamlScalarNode)?.Value : null;
            var url = Value("url");
            var title = Value("title");
            var label = Value("label");
            if (string.IsNullOrWhiteSpace(url) || (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(label)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSettings, display, line, column, "a navigation entry needs title (or label) and url"));
                continue;
            }

            entries.Add(new NavigationEntry(title, label, url));
        }

        return entries;
    }
}
