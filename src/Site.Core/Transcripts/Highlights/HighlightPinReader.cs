using System.Globalization;
using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Transcripts.Highlights;

/// <summary>
/// Reads front matter <c>highlights</c>: a mapping from a highlight's number to the id of the turn that discusses it
/// (<c>2: s02-t05</c>). A wrong shape is SITE341 and the entry is skipped; whether the turn exists is checked once the
/// turns are known (<see cref="CheckHighlightPins"/>).
/// </summary>
internal static class HighlightPinReader
{
    public static List<HighlightPin> Read(YamlNode? node, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        var pins = new List<HighlightPin>();
        if (node is null || TranscriptFrontMatter.IsNull(node))
        {
            return pins;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(diagnostics, path, node, firstLine, "'highlights' must map a highlight's number to the id of the turn that discusses it, e.g. '2: s02-t05'");
            return pins;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } number } || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            {
                Report(diagnostics, path, key, firstLine, $"'{(key as YamlScalarNode)?.Value}' is not a highlight number: number the highlights from 1, as in the list (①, ②, ...)");
                continue;
            }

            if (value is not YamlScalarNode { Value: { Length: > 0 } turnId } || TranscriptFrontMatter.IsNull(value))
            {
                Report(diagnostics, path, value, firstLine, $"highlight {index} needs a turn id such as 's02-t05' (the turn's anchor on its section page)");
                continue;
            }

            var (line, column) = YamlText.PositionOf(value, firstLine);
            pins.Add(new HighlightPin(index, turnId.Trim(), line, column));
        }

        return pins;
    }

    private static void Report(List<Diagnostic> diagnostics, string path, YamlNode node, int firstLine, string message)
    {
        var (line, column) = YamlText.PositionOf(node, firstLine);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidHighlightPin, path, line, column, message));
    }
}
