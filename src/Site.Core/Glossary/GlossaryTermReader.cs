using System.Text;
using Markdig;
using Site.Diagnostics;
using Site.Markdown;
using Site.Urls;
using Site.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Glossary;

/// <summary>
/// Reads the entries of <c>glossary.yml</c> one by one and remembers where each id and alias was first claimed, so a
/// second claim is reported at its own position with the position of the first in the message.
/// </summary>
internal sealed class GlossaryTermReader(string display, DiagnosticBag diagnostics)
{
    private static readonly string[] Required = ["id", "zh", "en", "short", "definition"];
    private static readonly string[] NameKeys = ["zh", "en"];
    private static readonly string[] Optional = ["aliases", "category", "short_en", "related", "links"];

    private static readonly MarkdownPipeline Markdown = MarkdownPipelineFactory.Create();

    /// <summary>site.yml's <c>markup.unsafe</c>: raw HTML in definitions is kept.</summary>
    public bool UnsafeMarkup { get; init; }

    /// <summary>The lines of glossary.yml, to place problems inside a definition at their column.</summary>
    public IReadOnlyList<string> FileLines { get; init; } = [];

    private readonly Dictionary<string, (int Line, int Column)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string TermId, int Line, int Column)> _aliases = new(StringComparer.Ordinal);
    private readonly List<(string TermId, string Related, int Line, int Column)> _related = [];

    public GlossaryTerm? Read(YamlNode item)
    {
        var (line, column) = YamlText.PositionOf(item, 1);
        if (item is not YamlMappingNode mapping)
        {
            Error(DiagnosticCodes.InvalidGlossary, line, column, "a glossary entry must be a mapping with id, zh, en, short and definition");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Required.Contains(key) && !Optional.Contains(key))
            {
                var (keyLine, keyColumn) = YamlText.PositionOf(keyNode, 1);
                var known = Required.Concat(Optional).ToList();
                var message = KeySuggestion.Nearest(key, known) is { } nearest
                    ? $"unknown field '{key}': did you mean '{nearest}'?"
                    : $"unknown field '{key}' (known: {string.Join(", ", known)})";
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, display, keyLine, keyColumn, message));
                continue;
            }

            fields[key] = valueNode;
        }

        var id = Scalar(fields, "id");
        var label = id is null ? "a glossary entry" : $"term '{id}'";
        var missing = Required
            .Where(key => fields.GetValueOrDefault(key) is null || (fields[key] is YamlScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value)))
            .ToList();
        if (missing.Count > 0)
        {
            Error(DiagnosticCodes.InvalidGlossary, line, column, $"{label} lacks required field{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}");
        }

        if (id is null || !ClaimId(id, fields["id"]))
        {
            return null;
        }

        var zh = Scalar(fields, "zh") ?? string.Empty;
        var en = Scalar(fields, "en") ?? string.Empty;
        var aliases = List(fields, "aliases");
        ClaimAliases(id, aliases.Concat(NameNodes(fields)));
        foreach (var related in List(fields, "related"))
        {
            var (relatedLine, relatedColumn) = YamlText.PositionOf(related, 1);
            _related.Add((id, ((YamlScalarNode)related).Value ?? string.Empty, relatedLine, relatedColumn));
        }

        return new GlossaryTerm(
            id,
            zh,
            en,
            aliases.Select(a => ((YamlScalarNode)a).Value!.Trim()).Where(a => a.Length > 0).ToList(),
            Scalar(fields, "short") ?? string.Empty,
            Scalar(fields, "short_en"),
            Definition(fields),
            Scalar(fields, "category"),
            _related.Where(r => r.TermId == id).Select(r => r.Related).ToList(),
            Links(fields),
            line);
    }

    /// <summary>The definition's Markdown without what may not reach a page (<see cref="SafeMarkup"/>), each
    /// omission warned about at its place in glossary.yml.</summary>
    private string Definition(Dictionary<string, YamlNode> fields)
    {
        var markdown = (Scalar(fields, "definition") ?? string.Empty).TrimEnd();
        if (markdown.Length == 0 || fields.GetValueOrDefault("definition") is not YamlScalarNode node)
        {
            return markdown;
        }

        var (clean, problems) = SafeMarkup.CleanSource(markdown, Markdown, UnsafeMarkup);
        var block = node.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        foreach (var problem in problems.Where(p => !p.Silent))
        {
            var (line, column) = YamlText.PositionOf(node, 1);
            var fileLine = line + problem.Line + (block ? 1 : 0);
            var fileColumn = !block && problem.Line == 0
                ? column + quoted + problem.Column
                : IndentOf(fileLine) + problem.Column + 1;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RawHtmlOmitted, display, fileLine, fileColumn, problem.Message));
        }

        return clean;
    }

    private int IndentOf(int line) =>
        line >= 1 && line <= FileLines.Count ? FileLines[line - 1].Length - FileLines[line - 1].TrimStart(' ').Length : 0;

    /// <summary>Reports every <c>related</c> id that names no term, at its position.</summary>
    public void CheckRelated(IReadOnlyCollection<GlossaryTerm> terms)
    {
        var ids = terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (termId, related, line, column) in _related.Where(r => !ids.Contains(r.Related) && !_ids.ContainsKey(r.Related)))
        {
            Error(DiagnosticCodes.UnknownRelatedTerm, line, column, $"term '{termId}' is related to '{related}', which is not a term of the glossary");
        }
    }

    private bool ClaimId(string id, YamlNode node)
    {
        var (line, column) = YamlText.PositionOf(node, 1);
        if (!IsSlug(id))
        {
            Error(DiagnosticCodes.InvalidGlossary, line, column, $"term id '{id}' must be lower-case ASCII letters, digits and single hyphens (it is part of the URL /glossary/{id}/)");
            return false;
        }

        if (_ids.TryGetValue(id, out var first))
        {
            Error(DiagnosticCodes.DuplicateTermId, line, column, $"duplicate term id '{id}': it is first defined at {display}({first.Line},{first.Column})");
            return false;
        }

        _ids[id] = (line, column);
        return true;
    }

    private void ClaimAliases(string id, IEnumerable<YamlNode> nodes)
    {
        foreach (var node in nodes)
        {
            var alias = ((YamlScalarNode)node).Value?.Trim() ?? string.Empty;
            if (alias.Length == 0)
            {
                continue;
            }

            var key = Fold(alias);
            var (line, column) = YamlText.PositionOf(node, 1);
            if (!_aliases.TryGetValue(key, out var first))
            {
                _aliases[key] = (id, line, column);
            }
            else if (first.TermId != id)
            {
                Error(DiagnosticCodes.DuplicateAlias, line, column, $"alias '{alias}' of term '{id}' is already claimed by term '{first.TermId}' at {display}({first.Line},{first.Column})");
            }
        }
    }

    private static string Fold(string alias)
    {
        var folded = new StringBuilder(alias.Length);
        foreach (var c in alias)
        {
            folded.Append(AliasMatcher.Fold(c));
        }

        return folded.ToString();
    }

    private static bool IsSlug(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal) &&
        id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static IEnumerable<YamlNode> NameNodes(Dictionary<string, YamlNode> fields) =>
        NameKeys.Select(fields.GetValueOrDefault).OfType<YamlScalarNode>();

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

        var (line, column) = YamlText.PositionOf(node, 1);
        Error(DiagnosticCodes.InvalidGlossary, line, column, $"'{key}' must be text, not a list or a mapping");
        fields.Remove(key);
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    private List<YamlNode> List(Dictionary<string, YamlNode> fields, string key)
    {
        switch (fields.GetValueOrDefault(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar];
            case YamlSequenceNode sequence:
                var items = new List<YamlNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode)
                    {
                        items.Add(item);
                        continue;
                    }

                    var (line, column) = YamlText.PositionOf(item, 1);
                    Error(DiagnosticCodes.InvalidGlossary, line, column, $"each entry of '{key}' must be text");
                }

                return items;
            case var other:
                var (otherLine, otherColumn) = YamlText.PositionOf(other, 1);
                Error(DiagnosticCodes.InvalidGlossary, otherLine, otherColumn, $"'{key}' must be a list such as [a, b]");
                return [];
        }
    }

    private List<GlossaryLink> Links(Dictionary<string, YamlNode> fields)
    {
        var links = new List<GlossaryLink>();
        if (!fields.TryGetValue("links", out var node))
        {
            return links;
        }

        if (node is not YamlSequenceNode sequence)
        {
            var (line, column) = YamlText.PositionOf(node, 1);
            Error(DiagnosticCodes.InvalidGlossary, line, column, "'links' must be a list of entries with title and url");
            return links;
        }

        foreach (var item in sequence.Children)
        {
            var (line, column) = YamlText.PositionOf(item, 1);
            YamlNode? Node(string name) =>
                item is YamlMappingNode entry && entry.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;
            var title = (Node("title") as YamlScalarNode)?.Value?.Trim();
            var urlNode = Node("url");
            var url = (urlNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(title) || string.IsNullOrEmpty(url))
            {
                Error(DiagnosticCodes.InvalidGlossary, line, column, "a link needs a title and a url");
                continue;
            }

            if (SafeUrl.Problem(url) is { } problem)
            {
                var (urlLine, urlColumn) = YamlText.PositionOf(urlNode!, 1);
                Error(DiagnosticCodes.UnsafeUrl, urlLine, urlColumn, $"link url: {problem}");
                continue;
            }

            links.Add(new GlossaryLink(title, url));
        }

        return links;
    }

    private void Error(string code, int line, int column, string message) =>
        diagnostics.Add(Diagnostic.Error(code, display, line, column, message));
}
