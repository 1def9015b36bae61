using Site.Diagnostics;
using Site.Urls;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Configuration;

/// <summary>
/// Turns the mapping of <c>site.yml</c> into settings. A misspelt key is a warning that names the key it was most
/// likely meant to be; a value of the wrong kind, an impossible value or a URL with a scheme other than http, https
/// or mailto is an error at the value, and the default is kept.
/// </summary>
internal sealed class SiteSettingsReader(string display, DiagnosticBag diagnostics)
{
    /// <summary>The keys users are told about (the suggestions of "did you mean").</summary>
    private static readonly string[] Keys =
        ["title", "description", "language", "author", "domain", "baseUrl", "basePath", "navigation", "termLinks", "markup", "params"];

    private static readonly string[] NavigationKeys = ["title", "label", "url"];
    private static readonly string[] MarkupKeys = ["unsafe"];

    public SiteSettings Read(YamlMappingNode mapping)
    {
        var settings = new SiteSettings();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            switch (key)
            {
                case "title":
                    settings = Text(key, valueNode) is { } title ? settings with { Title = title } : settings;
                    break;
                case "description":
                    settings = Text(key, valueNode) is { } description ? settings with { Description = description } : settings;
                    break;
                case "language" or "lang":
                    settings = Text(key, valueNode) is { } language ? settings with { Language = language.Length == 0 ? "en" : language } : settings;
                    break;
                case "author":
                    settings = Text(key, valueNode) is { } author ? settings with { Author = author } : settings;
                    break;
                case "domain" or "cname":
                    settings = Text(key, valueNode) is { } domain ? settings with { Domain = domain } : settings;
                    break;
                case "baseUrl" or "base_url":
                    settings = BaseUrl(key, valueNode, settings);
                    break;
                case "basePath" or "base_path":
                    settings = BasePath(key, valueNode, settings);
                    break;
                case "navigation" or "nav":
                    settings = settings with { Navigation = Navigation(key, valueNode) };
                    break;
                case "termLinks" or "term_links":
                    settings = TermLinks(key, valueNode, settings);
                    break;
                case "markup":
                    settings = Markup(valueNode, settings);
                    break;
                case "params":
                    if (valueNode is not YamlMappingNode parameters)
                    {
                        Invalid(valueNode, "params must be a mapping of values for the theme (site.params.<key>)");
                        break;
                    }

                    foreach (var (parameterKey, parameterValue) in parameters.Children)
                    {
                        AddExtra(extra, parameterKey, parameterValue);
                    }

                    break;
                default:
                    Unknown(keyNode, key, Keys, "site.yml", " (it is passed to the theme as site.params." + key + "; put theme values under params: to say so)");
                    AddExtra(extra, keyNode, valueNode);
                    break;
            }
        }

        return settings with { Extra = extra };
    }

    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim() ?? string.Empty;
        }

        Invalid(node, $"{key} must be text, not {KindOf(node)}");
        return null;
    }

    private SiteSettings BaseUrl(string key, YamlNode node, SiteSettings settings)
    {
        if (Text(key, node) is not { } value)
        {
            return settings;
        }

        if (SafeUrl.Problem(value) is { } unsafeUrl)
        {
            Unsafe(node, $"{key}: {unsafeUrl}");
            return settings;
        }

        if (SiteSettings.BaseUrlProblem(value) is { } problem)
        {
            Invalid(node, problem);
            return settings;
        }

        return settings.WithBaseUrl(value);
    }

    private SiteSettings BasePath(string key, YamlNode node, SiteSettings settings)
    {
        if (Text(key, node) is not { } value)
        {
            return settings;
        }

        if (SafeUrl.Problem(value) is { } unsafeUrl)
        {
            Unsafe(node, $"{key}: {unsafeUrl}");
            return settings;
        }

        if (value.Contains("//", StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal) || value.IndexOfAny(['?', '#', '\\']) >= 0)
        {
            Invalid(node, $"basePath must be a path such as /repo/, not '{value}' (a full address goes in baseUrl)");
            return settings;
        }

        return settings with { BasePath = UrlHelper.NormalizeBasePath(value) };
    }

    private SiteSettings TermLinks(string key, YamlNode node, SiteSettings settings)
    {
        var density = Text(key, node) switch
        {
            null => (TermLinkDensity?)null,
            "first-per-turn" or "turn" => TermLinkDensity.FirstPerTurn,
            "first-per-page" or "page" => TermLinkDensity.FirstPerPage,
            "every" or "all" => TermLinkDensity.Every,
            var other => Invalid<TermLinkDensity>(node, $"termLinks must be first-per-turn, first-per-page or every, not '{other}'"),
        };
        return density is { } value ? settings with { TermLinks = value } : settings;
    }

    private SiteSettings Markup(YamlNode node, SiteSettings settings)
    {
        if (node is not YamlMappingNode markup)
        {
            Invalid(node, "markup must be a mapping such as { unsafe: false }");
            return settings;
        }

        foreach (var (keyNode, valueNode) in markup.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (key != "unsafe")
            {
                Unknown(keyNode, key, MarkupKeys, "markup", string.Empty);
                continue;
            }

            switch (YamlText.ToPlain(valueNode))
            {
                case bool allow:
                    settings = settings with { UnsafeMarkup = allow };
                    break;
                default:
                    Invalid(valueNode, "markup.unsafe must be true or false");
                    break;
            }
        }

        return settings;
    }

    private List<NavigationEntry> Navigation(string key, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Invalid(node, $"{key} must be a list of entries with title (or label) and url, not {KindOf(node)}");
            return [.. SiteSettings.DefaultNavigation];
        }

        var entries = new List<NavigationEntry>();
        foreach (var item in sequence.Children)
        {
            if (NavigationEntry(item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private NavigationEntry? NavigationEntry(YamlNode item)
    {
        if (item is not YamlMappingNode entry)
        {
            Invalid(item, "a navigation entry needs title (or label) and url");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        YamlNode? urlNode = null;
        foreach (var (keyNode, valueNode) in entry.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!NavigationKeys.Contains(key))
            {
                Unknown(keyNode, key, NavigationKeys, "navigation entry", string.Empty);
                continue;
            }

            if (Text(key, valueNode) is { } value)
            {
                values[key] = value;
                urlNode = key == "url" ? valueNode : urlNode;
            }
        }

        var title = values.GetValueOrDefault("title");
        var label = values.GetValueOrDefault("label");
        if (urlNode is null || values["url"].Length == 0 || (string.IsNullOrEmpty(title) && string.IsNullOrEmpty(label)))
        {
            Invalid(item, "a navigation entry needs title (or label) and url");
            return null;
        }

        if (SafeUrl.Problem(values["url"]) is { } problem)
        {
            Unsafe(urlNode, $"navigation url: {problem}");
            return null;
        }

        return new NavigationEntry(title, label, values["url"]);
    }

    /// <summary>Theme values keep their YAML shape; any value under a URL-like key (<c>url</c>, <c>href</c>, <c>link</c>,
    /// <c>src</c> in its name) must be a safe URL, since a theme puts it in an attribute.</summary>
    private void AddExtra(Dictionary<string, object?> extra, YamlNode keyNode, YamlNode valueNode)
    {
        var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
        if (HasUnsafeUrl(key, valueNode))
        {
            return;
        }

        extra[key] = YamlText.ToPlain(valueNode);
    }

    private bool HasUnsafeUrl(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsUrlKey(key) && SafeUrl.Problem(scalar.Value?.Trim() ?? string.Empty) is { } problem:
                Unsafe(node, $"{key}: {problem}");
                return true;
            case YamlSequenceNode sequence:
                return sequence.Children.Aggregate(false, (found, item) => HasUnsafeUrl(key, item) | found);
            case YamlMappingNode mapping:
                return mapping.Children.Aggregate(false, (found, pair) => HasUnsafeUrl((pair.Key as YamlScalarNode)?.Value ?? string.Empty, pair.Value) | found);
            default:
                return false;
        }
    }

    private static bool IsUrlKey(string key) =>
        key.Contains("url", StringComparison.OrdinalIgnoreCase) || key.Contains("href", StringComparison.OrdinalIgnoreCase) ||
        key.Contains("link", StringComparison.OrdinalIgnoreCase) || key.Equals("src", StringComparison.OrdinalIgnoreCase) ||
        key.EndsWith("_src", StringComparison.OrdinalIgnoreCase) || key.EndsWith("Src", StringComparison.Ordinal);

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a single value",
    };

    private void Unknown(YamlNode keyNode, string key, IReadOnlyCollection<string> known, string where, string note)
    {
        var (line, column) = YamlText.PositionOf(keyNode, 1);
        var message = KeySuggestion.Nearest(key, known) is { } nearest
            ? $"unknown key '{key}' in {where}: did you mean '{nearest}'?"
            : $"unknown key '{key}' in {where}{note}";
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, display, line, column, message));
    }

    private void Invalid(YamlNode node, string message)
    {
        var (line, column) = YamlText.PositionOf(node, 1);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, display, line, column, message));
    }

    private T? Invalid<T>(YamlNode node, string message)
        where T : struct
    {
        Invalid(node, message);
        return null;
    }

    private void Unsafe(YamlNode node, string message)
    {
        var (line, column) = YamlText.PositionOf(node, 1);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, display, line, column, message));
    }
}
