using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Text;
using Site.Theming;

namespace Site.Modules.Input;

/// <summary>
/// Reads the text files under the input folder that <paramref name="include"/> accepts (given the path relative to
/// the input folder, with <c>/</c>). Files are read in parallel; unreadable or non-UTF-8 files are reported.
/// </summary>
public sealed class ReadInputFiles(BuildPaths paths, Func<string, bool> include) : IModule
{
    public const string RelativePath = "relativePath";

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var files = InputFiles.List(paths.Input).Where(relative => include(relative)).ToList();
        var documents = new Document?[files.Count];
        await Parallel.ForAsync(0, files.Count, context.CancellationToken, async (index, token) =>
        {
            var relative = files[index];
            var full = Path.Combine(paths.Input, relative);
            var display = ThemeFiles.Display(full);
            try
            {
                var bytes = await File.ReadAllBytesAsync(full, token);
                documents[index] = new Document { Source = display, Content = TextFile.DecodeUtf8(bytes) }
                    .WithMetadata(RelativePath, relative);
            }
            catch (InvalidUtf8Exception exception)
            {
                context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, display, exception.Line, exception.Column, exception.Message));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, $"cannot read the file: {exception.Message}"));
            }
        });
        return [.. inputs, .. documents.OfType<Document>()];
    }
}
