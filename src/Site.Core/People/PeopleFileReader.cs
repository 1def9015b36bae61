using Site.Diagnostics;
using Site.Pipelines;
using Site.Text;
using Site.Theming;
using Site.Transcripts;
using Site.Urls;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.People;

/// <summary>
/// Reads <c>input/people.yml</c>: a list of people, each with <c>id</c> and <c>name</c>, optional <c>aliases</c>,
/// <c>bio</c>, <c>links</c> (title and url) and <c>photo</c>. Read node by node (no reflection), every problem a
/// diagnostic at its line and column; an entry that cannot be used is left out, the rest of the file still counts.
/// </summary>
public sealed class PeopleFileReader(string display, DiagnosticBag diagnostics, string inputRoot)
{
    private static readonly string[] Known = ["id", "name", "aliases", "bio", "links", "photo"];

    private readonly Dictionary<string, (int Line, int Column)> _ids = new(StringComparer.Ordinal);

    /// <summary>The file of the build, read once (a missing file is no people, not a problem).</summary>
    public static PeopleFile Get(PipelineContext context, string inputRoot) =>
        context.Build.GetOrCreate("peopleFile", () => Load(inputRoot, context.Build.Diagnostics));

    public static PeopleFile Load(string inputRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputRoot, PeopleFile.FileName);
        if (!File.Exists(path))
        {
            return PeopleFile.Empty;
        }

        var display = ThemeFiles.Display(Path.GetFullPath(path));
        try
        {
            return new PeopleFileReader(display, diagnostics, inputRoot).Parse(TextFile.Read(path));
        }
        catch (InvalidUtf8Exception exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, display, exception.Line, exception.Column, exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, $"cannot read the file: {exception.Message}"));
        }

        return PeopleFile.Empty;
    }

    public PeopleFile Parse(string text)
    {
        var root = YamlText.Parse(text, display, 1, DiagnosticCodes.InvalidPeople, diagnostics);
        if (root is null or YamlMappingNode { Children.Count: 0 })
        {
            return new PeopleFile([], display);
        }

        if (root is not YamlSequenceNode sequence)
        {
            Error(DiagnosticCodes.InvalidPeople, root, "people.yml must be a list of people (each starting with '- id: ...')");
            return new PeopleFile([], display);
        }

        var people = new List<PersonEntry>();
        foreach (var item in sequence.Children)
        {
            if (Read(item) is { } person)
            {
                people.Add(person);
            }
        }

        return new PeopleFile(people, display);
    }

    private PersonEntry? Read(YamlNode item)
    {
        if (item is not YamlMappingNode mapping)
        {
            Error(DiagnosticCodes.InvalidPeople, item, "a person must be a mapping with at least id and name");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Known.Contains(key, StringComparer.Ordinal))
            {
                var message = KeySuggestion.Nearest(key, Known) is { } nearest
                    ? $"unknown field '{key}': did you mean '{nearest}'?"
                    : $"unknown field '{key}' (known: {string.Join(", ", Known)})";
                var (line, column) = YamlText.PositionOf(keyNode, 1);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, display, line, column, message));
                continue;
            }

            fields[key] = valueNode;
        }

        var id = Scalar(fields, "id");
        var name = Scalar(fields, "name");
        if (id is null || name is null)
        {
            Error(DiagnosticCodes.InvalidPeople, item, id is null ? "a person needs an 'id' (their slug, as in /people/<id>/)" : $"person '{id}' needs a 'name'");
            return null;
        }

        if (!ClaimId(id, fields["id"]))
        {
            return null;
        }

        var (entryLine, _) = YamlText.PositionOf(item, 1);
        return new PersonEntry(id, name, Aliases(fields), Scalar(fields, "bio") ?? string.Empty, Links(fields), Photo(fields), entryLine);
    }

    private bool ClaimId(string id, YamlNode node)
    {
        if (TextRules.Slugify(id) != id)
        {
            Error(DiagnosticCodes.InvalidPeople, node, $"person id '{id}' must be lower-case ASCII letters, digits and hyphens (it is part of the URL /people/{id}/)");
            return false;
        }

        var position = YamlText.PositionOf(node, 1);
        if (_ids.TryGetValue(id, out var first))
        {
            Error(DiagnosticCodes.DuplicatePersonId, node, $"duplicate person id '{id}': it is first defined at {display}({first.Line},{first.Column})");
            return false;
        }

        _ids[id] = position;
        return true;
    }

    private List<string> Aliases(Dictionary<string, YamlNode> fields)
    {
        switch (fields.GetValueOrDefault("aliases"))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return scalar.Value?.Trim() is { Length: > 0 } one ? [one] : [];
            case YamlSequenceNode sequence:
                var aliases = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                    {
                        aliases.Add(value.Trim());
                    }
                    else if (item is not YamlScalarNode)
                    {
                        Error(DiagnosticCodes.InvalidPeople, item, "each alias must be text");
                    }
                }

                return aliases;
            case var other:
                Error(DiagnosticCodes.InvalidPeople, other, "'aliases' must be a list such as [Ethan, 周]");
                return [];
        }
    }

    private List<PersonLink> Links(Dictionary<string, YamlNode> fields)
    {
        var links = new List<PersonLink>();
        if (!fields.TryGetValue("links", out var node))
        {
            return links;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(DiagnosticCodes.InvalidPeople, node, "'links' must be a list of entries with title and url");
            return links;
        }

        foreach (var item in sequence.Children)
        {
            YamlNode? Node(string key) => item is YamlMappingNode entry && entry.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
            var title = (Node("title") as YamlScalarNode)?.Value?.Trim();
            var urlNode = Node("url");
            var url = (urlNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(title) || string.IsNullOrEmpty(url))
            {
                Error(DiagnosticCodes.InvalidPeople, item, "a link needs a title and a url");
                continue;
            }

            if (SafeUrl.Problem(url) is { } problem)
            {
                Error(DiagnosticCodes.UnsafeUrl, urlNode!, $"link url: {problem}");
                continue;
            }

            links.Add(new PersonLink(title, url));
        }

        return links;
    }

    /// <summary>A safe URL; a local one (no scheme, no <c>//</c>) must name a file of the input folder, where assets come from.</summary>
    private string? Photo(Dictionary<string, YamlNode> fields)
    {
        if (Scalar(fields, "photo") is not { } photo)
        {
            return null;
        }

        if (SafeUrl.Problem(photo) is { } problem)
        {
            Error(DiagnosticCodes.UnsafeUrl, fields["photo"], $"photo: {problem}");
            return null;
        }

        var local = !photo.Contains(':', StringComparison.Ordinal) && !photo.StartsWith("//", StringComparison.Ordinal);
        if (local)
        {
            var relative = photo.TrimStart('/');
            var full = Path.GetFullPath(Path.Combine(inputRoot, relative));
            var root = Path.GetFullPath(inputRoot) + Path.DirectorySeparatorChar;
            if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
            {
                var (line, column) = YamlText.PositionOf(fields["photo"], 1);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingPersonPhoto, display, line, column, $"photo '{photo}' is not a file of the input folder: the person page shows none"));
                return null;
            }

            return "/" + relative;
        }

        return photo;
    }

    private string? Scalar(Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim() is { Length: > 0 } value ? value : null;
        }

        Error(DiagnosticCodes.InvalidPeople, node, $"'{key}' must be text, not a list or a mapping");
        return null;
    }

    private void Error(string code, YamlNode node, string message)
    {
        var (line, column) = YamlText.PositionOf(node, 1);
        diagnostics.Add(Diagnostic.Error(code, display, line, column, message));
    }
}
