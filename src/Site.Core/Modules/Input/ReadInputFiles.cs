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
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var files = ListInputFiles.List(paths, include, context.Build.Diagnostics).ToList();
        var documents = new Document?[files.Count];
        await Parallel.ForAsync(0, files.Count, context.CancellationToken, async (index, token) =>
            documents[index] = await ReadAsync(files[index], context, token));
        return [.. inputs, .. documents.OfType<Document>()];
    }

    /// <summary>The document with the text of its file as content, or null (reported) when it cannot be read.</summary>
    public static async Task<Document?> ReadAsync(Document file, PipelineContext context, CancellationToken token)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.GetString(MetadataKeys.FullPath), token);
            return file with { Content = TextFile.Decode(bytes) };
        }
        catch (InvalidUtf8Exception exception)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, file.Source, exception.Line, exception.Column, exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, file.Source, 0, 0, $"cannot read the file: {exception.Message}"));
        }

        return null;
    }
}
