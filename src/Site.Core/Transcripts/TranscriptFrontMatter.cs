using Site.Diagnostics;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Transcripts;

/// <summary>
/// What the optional front matter (or a timed transcript's sidecar <c>name.yml</c>) declares; every member is
/// optional and wins over detection.
/// </summary>
internal sealed record TranscriptHeader(string? Title, string? Date, string? Source, IReadOnlyList<SpeakerEntry> Speakers, DropPatterns Drop)
{
    public static TranscriptHeader Empty { get; } = new(null, null, null, [], DropPatterns.None);

    /// <summary><c>media</c>: the recording's URL (checked like <c>source</c>).</summary>
    public string? Media { get; init; }

    /// <summary><c>language</c>: a BCP 47 tag such as <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary><c>highlights</c>: the turns an author chose for highlights, checked against the turns later.</summary>
    public IReadOnlyList<Highlights.HighlightPin> HighlightPins { get; init; } = [];

    /// <summary>Sidecar <c>chapters</c>: where each section of a timed transcript starts; empty when not given.</summary>
    public IReadOnlyList<Readers.Chapter> Chapters { get; init; } = [];
}

/// <summary>
/// Reads the <c>---</c> front matter of a transcript, or the sidecar <c>name.yml</c> of a timed one, with the YAML
/// representation model. Wrong shapes are reported (SITE303), wrong types and impossible dates SITE013, unsafe URLs
/// SITE011, unknown keys SITE012 (a warning naming the nearest known key); each is skipped and the body still parsed,
/// so one typo does not hide every other problem.
/// </summary>
internal static class TranscriptFrontMatter
{
    private const string Code = DiagnosticCodes.InvalidTranscriptFrontMatter;

    private static readonly string[] FrontMatterKeys = ["title", "date", "source", "media", "language", "speakers", "drop", "highlights"];
    private static readonly string[] SidecarKeys = ["title", "date", "source", "media", "language", "speakers", "chapters"];
    private static readonly string[] SpeakerKeys = ["name", "aliases", "role", "bio", "slug", "person"];

    /// <summary>Reads a sidecar: the whole file is YAML, with the keys of front matter but <c>drop</c>, plus <c>chapters</c>.</summary>
    public static TranscriptHeader ReadSidecar(string yaml, string path, List<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var root = YamlText.Parse(SourceLines.Normalize(yaml), path, 1, Code, bag);
        diagnostics.AddRange(bag.ToSortedList());
        if (root is null || IsNull(root))
        {
            return TranscriptHeader.Empty;
        }

        if (root is not YamlMappingNode mapping)
        {
            Report(diagnostics, path, root, "a sidecar must be a mapping of keys such as title, date, media, speakers, chapters", 1);
            return TranscriptHeader.Empty;
        }

        CheckKeys(mapping, SidecarKeys, path, diagnostics, 1);
        return Header(mapping, path, diagnostics, 1, drop: false) with { Chapters = Readers.SidecarChapters.Read(Child(mapping, "chapters"), path, diagnostics) };
    }

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

        CheckKeys(mapping, FrontMatterKeys, path, diagnostics, 2);
        var header = Header(mapping, path, diagnostics, 2, drop: true) with
        {
            HighlightPins = Highlights.HighlightPinReader.Read(Child(mapping, "highlights"), path, diagnostics, 2),
        };
        return (header, split.Body, split.BodyLine);
    }

    /// <param name="firstLine">The file line where the YAML text starts (2 in front matter, 1 in a sidecar).</param>
    private static TranscriptHeader Header(YamlMappingNode mapping, string path, List<Diagnostic> diagnostics, int firstLine, bool drop) =>
        new(
            Scalar(mapping, "title", path, diagnostics, firstLine),
            Date(mapping, path, diagnostics, firstLine),
            Url(mapping, "source", path, diagnostics, firstLine),
            Speakers(mapping, path, diagnostics, firstLine),
            drop ? Drop(mapping, path, diagnostics) : DropPatterns.None)
        {
            Media = Url(mapping, "media", path, diagnostics, firstLine),
            Language = Scalar(mapping, "language", path, diagnostics, firstLine)?.Trim() is { Length: > 0 } language ? language : null,
        };

    private static void CheckKeys(YamlMappingNode mapping, string[] known, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        foreach (var key in mapping.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name, StringComparer.Ordinal))
            {
                var (line, column) = YamlText.PositionOf(key, firstLine);
                var nearest = Site.Yaml.KeySuggestion.Nearest(name, known);
                var hint = nearest is null ? $"known keys are {string.Join(", ", known)}" : $"did you mean '{nearest}'?";
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, path, line, column, $"unknown key '{name}' is ignored; {hint}"));
            }
        }
    }

    /// <summary><c>date</c> as written, unless it is a calendar date that cannot exist (<c>2024-13-45</c>).</summary>
    private static string? Date(YamlMappingNode mapping, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        var date = Scalar(mapping, "date", path, diagnostics, firstLine);
        if (date is not null && FrontMatterChecks.ImpossibleDate(date) is { } problem)
        {
            var (line, column) = YamlText.PositionOf(Child(mapping, "date")!, firstLine);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, path, line, column, $"date '{date}' {problem}; write it as YYYY-MM-DD"));
            return null;
        }

        // The home page and the feeds order episodes by date: one they cannot read is shown as written, and said so.
        if (date is not null && date.Trim().Length > 0 && Episodes.EpisodeDate.Parse(date) is null)
        {
            var (line, column) = YamlText.PositionOf(Child(mapping, "date")!, firstLine);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DateNotIso, path, line, column,
                $"date '{date}' is not an ISO 8601 date (YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with an optional zone): it is shown as written, but the episode is ordered and fed as undated"));
        }

        return date;
    }

    /// <summary>A link shown on the pages: http(s), mailto or relative, else SITE011 and no link.</summary>
    private static string? Url(YamlMappingNode mapping, string key, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        var url = Scalar(mapping, key, path, diagnostics, firstLine)?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (Site.Urls.SafeUrl.Problem(url) is { } problem)
        {
            var (line, column) = YamlText.PositionOf(Child(mapping, key)!, firstLine);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, path, line, column, $"'{key}': {problem}"));
            return null;
        }

        return url;
    }

    private static List<SpeakerEntry> Speakers(YamlMappingNode mapping, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        var entries = new List<SpeakerEntry>();
        if (Child(mapping, "speakers") is not { } node || IsNull(node))
        {
            return entries;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(diagnostics, path, node, "'speakers' must be a list of entries with name, aliases, role, bio and slug", firstLine);
            return entries;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode speaker)
            {
                Report(diagnostics, path, item, "each speaker must be a mapping with at least a 'name'", firstLine);
                continue;
            }

            CheckKeys(speaker, SpeakerKeys, path, diagnostics, firstLine);
            var name = Scalar(speaker, "name", path, diagnostics, firstLine);
            if (string.IsNullOrWhiteSpace(name))
            {
                Report(diagnostics, path, item, "a speaker needs a 'name'", firstLine);
                continue;
            }

            var (line, column) = YamlText.PositionOf(item, firstLine);
            entries.Add(new SpeakerEntry(
                name.Trim(),
                Strings(speaker, "aliases", path, diagnostics, firstLine).Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
                Scalar(speaker, "role", path, diagnostics, firstLine)?.Trim(),
                Scalar(speaker, "bio", path, diagnostics, firstLine)?.Trim() ?? string.Empty,
                Slug(speaker, path, diagnostics, firstLine),
                line,
                column)
            {
                Person = Scalar(speaker, "person", path, diagnostics, firstLine)?.Trim() is { Length: > 0 } person ? person : null,
            });
        }

        return entries;
    }

    private static string? Slug(YamlMappingNode speaker, string path, List<Diagnostic> diagnostics, int firstLine)
    {
        var slug = Scalar(speaker, "slug", path, diagnostics, firstLine);
        if (slug is null)
        {
            return null;
        }

        var clean = TextRules.Slugify(slug);
        if (clean != slug)
        {
            Report(diagnostics, path, Child(speaker, "slug")!, $"slug '{slug}' must be lowercase ASCII letters, digits and hyphens" + (clean.Length > 0 ? $"; using '{clean}'" : string.Empty), firstLine);
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

    private static List<string> Strings(YamlMappingNode mapping, string key, string path, List<Diagnostic> diagnostics, int firstLine)
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
                        TypeError(diagnostics, path, item, $"each entry of '{key}' must be text", firstLine);
                    }
                }

                return values;
            case var other:
                TypeError(diagnostics, path, other, $"'{key}' must be text or a list of text", firstLine);
                return [];
        }
    }

    private static string? Scalar(YamlMappingNode mapping, string key, string path, List<Diagnostic> diagnostics, int firstLine = 2)
    {
        switch (Child(mapping, key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value;
            case var other:
                TypeError(diagnostics, path, other, $"'{key}' must be text", firstLine);
                return null;
        }
    }

    internal static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static void Report(List<Diagnostic> diagnostics, string path, YamlNode node, string message, int firstLine = 2)
    {
        var (line, column) = YamlText.PositionOf(node, firstLine);
        diagnostics.Add(Diagnostic.Error(Code, path, line, column, message));
    }

    private static void TypeError(List<Diagnostic> diagnostics, string path, YamlNode node, string message, int firstLine)
    {
        var (line, column) = YamlText.PositionOf(node, firstLine);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, path, line, column, message));
    }

    private static IList<YamlNode> ReportAndSkip(List<Diagnostic> diagnostics, string path, YamlNode node, string message)
    {
        Report(diagnostics, path, node, message);
        return [];
    }
}
