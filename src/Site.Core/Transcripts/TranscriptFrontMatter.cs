using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Transcripts;

/// <summary>What the optional front matter declares; every member is optional and wins over detection.</summary>
internal sealed record TranscriptHeader(string? Title, string? Date, string? Source, IReadOnlyList<SpeakerEntry> Speakers, DropPatterns Drop)
{
    public static TranscriptHeader Empty { get; } = new(null, null, null, [], DropPatterns.None);
}

/// <summary>
/// Reads the <c>---</c> front matter of a transcript with the YAML representation model. Wrong shapes are reported
/// (SITE303) and skipped; the body is still parsed so one typo does not hide every other problem.
/// </summary>
internal static class TranscriptFrontMatter
{
    private const string Code = DiagnosticCodes.InvalidTranscriptFrontMatter;

    public static (TranscriptHeader Header, string Body, int BodyLine) Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var split = FrontMatter.Extract(text);
        if (split.Unclosed)
        {
            diagnostics.Add(Diagnostic.Error(Code, path, 1, 1, "front matter starts with '---' but is never closed by another '---' line"));
            return (TranscriptHeader.Empty, text, 1);
        }

        if (split.Yaml is null)
        {
            return (TranscriptHeader.Empty, split.Body, split.BodyLine);
        }

        var bag = new DiagnosticBag();
        var root = YamlText.Parse(split.Yaml, path, 2, Code, bag);
        diagnostics.AddRange(bag.ToSortedList());
        if (root is null)
        {
            return (TranscriptHeader.Empty, split.Body, split.BodyLine);
        }

        if (root is not YamlMappingNode mapping)
        {
            Report(diagnostics, path, root, "front matter must be a mapping of keys such as title, date, speakers");
            return (TranscriptHeader.Empty, split.Body, split.BodyLine);
        }

        var header = new TranscriptHeader(
            Scalar(mapping, "title", path, diagnostics),
            Scalar(mapping, "date", path, diagnostics),
            Scalar(mapping, "source", path, diagnostics),
            Speakers(mapping, path, diagnostics),
            Drop(mapping, path, diagnostics));
        return (header, split.Body, split.BodyLine);
    }

    private static List<SpeakerEntry> Speakers(YamlMappingNode mapping, string path, List<Diagnostic> diagnostics)
    {
        var entries = new List<SpeakerEntry>();
        if (Child(mapping, "speakers") is not { } node || IsNull(node))
        {
            return entries;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(diagnostics, path, node, "'speakers' must be a list of entries with name, aliases, role, bio and slug");
            return entries;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode speaker)
            {
                Report(diagnostics, path, item, "each speaker must be a mapping with at least a 'name'");
                continue;
            }

            var name = Scalar(speaker, "name", path, diagnostics);
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(diagnostics, path, item, "a speaker needs a 'name'");
                continue;
            }

            var (line, column) = YamlText.PositionOf(item, 2);
            entries.Add(new SpeakerEntry(
                name.Trim(),
                Strings(speaker, "aliases", path, diagnostics).Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
                Scalar(speaker, "role", path, diagnostics)?.Trim(),
                Scalar(speaker, "bio", path, diagnostics)?.Trim() ?? string.Empty,
                Slug(speaker, path, diagnostics),
                line,
                column));
        }

        return entries;
    }

    private static string? Slug(YamlMappingNode speaker, string path, List<Diagnostic> diagnostics)
    {
        var slug = Scalar(speaker, "slug", path, diagnostics);
        if (slug is null)
        {
            return null;
        }

        var clean = TextRules.Slugify(slug);
        if (clean != slug)
        {
            Report(diagnostics, path, Child(speaker, "slug")!, $"slug '{slug}' must be lowercase ASCII letters, digits and hyphens" + (clean.Length > 0 ? $"; using '{clean}'" : string.Empty));
        }

        return clean.Length > 0 ? clean : null;
    }

    private static DropPatterns Drop(YamlMappingNode mapping, string path, List<Diagnostic> diagnostics)
    {
        var nodes = Child(mapping, "drop") switch
        {
            null => [],
            YamlScalarNode scalar when !IsNull(scalar) => [scalar],
            YamlSequenceNode sequence => sequence.Children,
            { } other when IsNull(other) => [],
            { } other => ReportAndSkip(diagnostics, path, other, "'drop' must be a list of regular expressions"),
        };

        var patterns = new DropPatterns();
        foreach (var node in nodes)
        {
            var (line, column) = YamlText.PositionOf(node, 2);
            if (node is YamlScalarNode { Value: { } pattern })
            {
                patterns.Add(pattern, line, column, path, diagnostics);
            }
            else
            {
                Report(diagnostics, path, node, "each 'drop' entry must be a regular expression string");
            }
        }

        return patterns;
    }

    private static List<string> Strings(YamlMappingNode mapping, string key, string path, List<Diagnostic> diagnostics)
    {
        switch (Child(mapping, key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return scalar.Value is { Length: > 0 } value && !IsNull(scalar) ? [value] : [];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value2 })
                    {
                        values.Add(value2);
                    }
                    else
                    {
                        Report(diagnostics, path, item, $"each entry of '{key}' must be text");
                    }
                }

                return values;
            case var other:
                Report(diagnostics, path, other, $"'{key}' must be text or a list of text");
                return [];
        }
    }

    private static string? Scalar(YamlMappingNode mapping, string key, string path, List<Diagnostic> diagnostics)
    {
        switch (Child(mapping, key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value;
            case var other:
                Report(diagnostics, path, other, $"'{key}' must be text");
                return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static void Report(List<Diagnostic> diagnostics, string path, YamlNode node, string message)
    {
        var (line, column) = YamlText.PositionOf(node, 2);
        diagnostics.Add(Diagnostic.Error(Code, path, line, column, message));
    }

    private static IList<YamlNode> ReportAndSkip(List<Diagnostic> diagnostics, string path, YamlNode node, string message)
    {
        Report(diagnostics, path, node, message);
        return [];
    }
}
