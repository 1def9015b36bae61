using Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Yaml;

/// <summary>
/// Reads YAML with the representation model (no reflection, so it is safe under Native AOT) and turns syntax
/// errors into diagnostics positioned in the user's file.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// Parses one YAML document. <paramref name="firstLine"/> is the line of the file where the YAML text starts,
    /// so positions inside front matter map back to the file. Returns null (after reporting) on a syntax error.
    /// </summary>
    public static YamlNode? Parse(string text, string path, int firstLine, string code, DiagnosticBag diagnostics)
    {
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some broken input, e.g. an unclosed [list;
            // the scanner still knows where it stopped.
            diagnostics.Add(Diagnostic.Error(code, path, (int)scanner.CurrentPosition.Line + firstLine - 1, (int)scanner.CurrentPosition.Column, "invalid YAML: unexpected end of a [list] or {mapping}, or a line that cannot continue it"));
            return null;
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException?.Message ?? exception.Message;
            // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 5) - (...): "; the position is ours to print.
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndent(text, (int)exception.Start.Line) is var (tabLine, tabColumn))
            {
                // YamlDotNet places tab errors at the start of the value or mapping the tab broke, lines earlier.
                diagnostics.Add(Diagnostic.Error(code, path, tabLine + firstLine - 1, tabColumn, "invalid YAML: this line is indented with a tab; YAML indents with spaces"));
                return null;
            }

            diagnostics.Add(Diagnostic.Error(code, path, (int)exception.Start.Line + firstLine - 1, (int)exception.Start.Column, $"invalid YAML: {message}"));
            return null;
        }
    }

    /// <summary>Line and column (1-based) of the first tab in the indentation of a line at or after
    /// <paramref name="fromLine"/>, or null.</summary>
    private static (int Line, int Column)? TabIndent(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var index = Math.Max(fromLine, 1) - 1; index < lines.Length; index++)
        {
            var indent = lines[index].Length - lines[index].TrimStart(' ', '\t').Length;
            var tab = lines[index].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (index + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Converts a node to plain values: ordered dictionaries, lists, strings, booleans and numbers.</summary>
    public static object? ToPlain(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    dictionary[key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : key.ToString()] = ToPlain(value);
                }

                return dictionary;
            case YamlSequenceNode sequence:
                return sequence.Children.Select(ToPlain).ToList();
            case YamlScalarNode scalar:
                return ScalarValue(scalar);
            default:
                return null;
        }
    }

    /// <summary>Plain (unquoted) scalars become booleans, numbers and nulls as YAML 1.2 core schema says.</summary>
    private static object? ScalarValue(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || value is null)
        {
            return value;
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real) && value.Any(char.IsDigit))
        {
            return real;
        }

        return value;
    }

    /// <summary>Line and column (1-based) of a node, for diagnostics about values that parsed but are wrong.</summary>
    public static (int Line, int Column) PositionOf(YamlNode node, int firstLine) =>
        ((int)node.Start.Line + firstLine - 1, (int)node.Start.Column);
}
