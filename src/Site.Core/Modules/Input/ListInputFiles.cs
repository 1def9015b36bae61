using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Lists the files under the input folder that <paramref name="include"/> accepts, without reading them: the
/// module that needs a file's text reads it when it gets to it, so large inputs are never all in memory at once.
/// </summary>
public sealed class ListInputFiles(BuildPaths paths, Func<string, bool> include) : IModule
{
    /// <summary>When set, a listing that finds nothing is this warning (SITE016), on the folder <see cref="Folder"/>.</summary>
    public string? WarningWhenNone { get; init; }

    /// <summary>The folder, relative to the input folder, that <see cref="WarningWhenNone"/> names.</summary>
    public string Folder { get; init; } = string.Empty;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var files = List(paths, include, context.Build.Diagnostics).ToList();
        if (files.Count == 0 && WarningWhenNone is { } warning)
        {
            context.Build.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoTranscripts, ThemeFiles.Display(Path.Combine(paths.Input, Folder)) + "/", 0, 0, warning));
        }

        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. files]);
    }

    public static IEnumerable<Document> List(BuildPaths paths, Func<string, bool> include, DiagnosticBag diagnostics) =>
        InputFiles.List(paths.Input, diagnostics, [paths.Theme])
            .Where(include)
            .Select(relative =>
            {
                var full = Path.Combine(paths.Input, relative);
                return new Document { Source = ThemeFiles.Display(full) }
                    .WithMetadata(MetadataKeys.RelativePath, relative)
                    .WithMetadata(MetadataKeys.FullPath, full);
            });
}
