using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Modules.Process;

/// <summary>
/// Moves YAML front matter (between <c>---</c> lines at the top) into metadata and leaves the body as content.
/// Errors point at the line and column in the file.
/// </summary>
public sealed class ExtractFrontMatter : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index => outputs[index] = Extract(inputs[index], context.Build.Diagnostics));
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    public static Document Extract(Document document, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Extract(document.Content);
        if (split.Unclosed)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnclosedFrontMatter, document.Source, 1, 1, "front matter starts with --- but has no closing --- line"));
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (split.Yaml is not null)
        {
            var root = YamlText.Parse(split.Yaml, document.Source, 2, DiagnosticCodes.InvalidFrontMatter, diagnostics);
            if (root is YamlMappingNode mapping && YamlText.ToPlain(mapping) is Dictionary<string, object?> plain)
            {
                values = plain;
                foreach (var (key, _) in mapping.Children)
                {
                    lines[(key as YamlScalarNode)?.Value ?? string.Empty] = YamlText.PositionOf(key, 2).Line;
                }
            }
            else if (root is not null and not YamlMappingNode)
            {
                var (line, column) = YamlText.PositionOf(root, 2);
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidFrontMatter, document.Source, line, column, "front matter must be a mapping (key: value lines)"));
            }
        }

        return (document with { Content = split.Body })
            .WithMetadata(MetadataKeys.FrontMatter, values)
            .WithMetadata(MetadataKeys.BodyLine, split.BodyLine)
            .WithMetadata(MetadataKeys.FrontMatterLines, lines)
            .WithMetadata(values.Where(pair => pair.Key is MetadataKeys.Title or MetadataKeys.Layout or MetadataKeys.Description or MetadataKeys.Order));
    }
}
