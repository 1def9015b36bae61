using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Transcripts.Readers;

/// <summary>
/// The <c>chapters</c> list of a sidecar: <c>- start: 1:30</c> / <c>title: Intro</c>. Starts are seconds or
/// <c>h:mm:ss</c>; a wrong type is SITE013, a chapter without title or start SITE312, both skipped.
/// </summary>
internal static class SidecarChapters
{
    public static IReadOnlyList<Chapter> Read(YamlNode? node, string path, List<Diagnostic> diagnostics)
    {
        if (node is null || TranscriptFrontMatter.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(diagnostics, DiagnosticCodes.InvalidValue, path, node, "'chapters' must be a list of entries with start and title");
            return [];
        }

        var chapters = new List<Chapter>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                Error(diagnostics, DiagnosticCodes.InvalidValue, path, item, "each chapter must be a mapping with 'start' and 'title'");
                continue;
            }

            var start = TranscriptFrontMatter.Child(entry, "start");
            var title = TranscriptFrontMatter.Child(entry, "title");
            if (start is not YamlScalarNode { Value: { } startText } || title is not YamlScalarNode { Value: { } titleText })
            {
                Error(diagnostics, DiagnosticCodes.InvalidChapters, path, item, "a chapter needs a 'start' (seconds or h:mm:ss) and a 'title'");
                continue;
            }

            if (ClockTime.Parse(startText) is not { } seconds)
            {
                Error(diagnostics, DiagnosticCodes.InvalidValue, path, start, $"chapter start '{startText}' must be seconds or h:mm:ss");
                continue;
            }

            var (line, column) = YamlText.PositionOf(item, 1);
            chapters.Add(new Chapter(seconds, titleText.Trim(), line, column));
        }

        return chapters;
    }

    private static void Error(List<Diagnostic> diagnostics, string code, string path, YamlNode node, string message)
    {
        var (line, column) = YamlText.PositionOf(node, 1);
        diagnostics.Add(Diagnostic.Error(code, path, line, column, message));
    }
}
