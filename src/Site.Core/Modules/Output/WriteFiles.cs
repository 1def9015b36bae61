using System.Collections.Concurrent;
using System.Text;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;

namespace Site.Modules.Output;

/// <summary>
/// Writes each document to its destination in the staging folder (copying files that are copied as they are),
/// plus the Markdown copy of pages that keep one. Two documents claiming one destination is an error.
/// </summary>
public sealed class WriteFiles(BuildPaths paths) : IModule
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var claimed = context.Build.GetOrCreate("destinations", () => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        foreach (var document in inputs)
        {
            if (document.Destination is { } destination && Claim(destination, document, claimed, context.Build.Diagnostics))
            {
                await WriteAsync(destination, document, context);
            }

            if (document.Get<string>(MetadataKeys.MarkdownDestination) is { } markdownDestination &&
                document.Get<string>(MetadataKeys.MarkdownSource) is { } markdown &&
                Claim(markdownDestination, document, claimed, context.Build.Diagnostics))
            {
                await WriteTextAsync(markdownDestination, markdown, document, isPage: false, context);
            }
        }

        return inputs;
    }

    private static bool Claim(string destination, Document document, ConcurrentDictionary<string, string> claimed, DiagnosticBag diagnostics)
    {
        var owner = claimed.GetOrAdd(destination, document.Source);
        if (ReferenceEquals(owner, document.Source) || owner == document.Source)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateDestination, document.Source, 0, 0, $"writes {destination}, which {owner} writes too"));
        return false;
    }

    private async Task WriteAsync(string destination, Document document, PipelineContext context)
    {
        if (document.CopyFrom is { } source)
        {
            var target = Target(destination, document, context);
            if (target is null)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
                context.Build.CountWrite(isPage: false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"cannot copy to {destination}: {exception.Message}"));
            }

            return;
        }

        await WriteTextAsync(destination, document.Content, document, document.Get<bool>(MetadataKeys.IsPage), context);
    }

    private async Task WriteTextAsync(string destination, string text, Document document, bool isPage, PipelineContext context)
    {
        var target = Target(destination, document, context);
        if (target is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Synchronous on purpose: .NET emulates async file writes on Linux with the thread pool, which costs
            // more than the write of a small page; the engine already runs batches in parallel.
            File.WriteAllText(target, text, Utf8);
            await Task.CompletedTask;
            context.Build.CountWrite(isPage);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"cannot write {destination}: {exception.Message}"));
        }
    }

    private string? Target(string destination, Document document, PipelineContext context)
    {
        var target = ThemeFiles.IsSafeRelativePath(destination) ? ThemeFiles.Confine(paths.Staging, destination) : null;
        if (target is null)
        {
            context.Build.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputWriteFailed, document.Source, 0, 0, $"refusing to write '{destination}': it is outside the output folder"));
        }

        return target;
    }
}
