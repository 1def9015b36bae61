using Scriban.Runtime;
using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Theming;

/// <summary>
/// The theme's own words ("Sections", "previous", ...) from <c>strings/&lt;language&gt;.yml</c>. English is loaded
/// first and the site's language over it, so a missing translation shows English rather than nothing.
/// </summary>
public static class ThemeStrings
{
    public static ScriptObject Load(ThemeFiles files, string language, DiagnosticBag diagnostics)
    {
        var result = new ScriptObject();
        var chain = new List<string> { "en" };
        var primary = language.Split('-')[0];
        if (!chain.Contains(primary, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(primary);
        }

        if (!chain.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(language);
        }

        foreach (var name in chain)
        {
            var path = files.Resolve($"strings/{name}.yml");
            if (path is null)
            {
                continue;
            }

            var display = ThemeFiles.Display(path);
            string text;
            try
            {
                text = Text.TextFile.Read(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Text.InvalidUtf8Exception)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidStrings, display, 0, 0, exception.Message));
                continue;
            }

            var root = YamlText.Parse(text, display, 1, DiagnosticCodes.InvalidStrings, diagnostics);
            if (root is not YamlMappingNode mapping)
            {
                if (root is not null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidStrings, display, 1, 1, "a strings file is a mapping of key: text"));
                }

                continue;
            }

            foreach (var (key, value) in mapping.Children)
            {
                result.SetValue(((YamlScalarNode)key).Value ?? string.Empty, (value as YamlScalarNode)?.Value ?? string.Empty, readOnly: false);
            }
        }

        return result;
    }
}
