using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Modules.Input;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts.Readers;

namespace Site.Transcripts;

/// <summary>
/// Files under <c>transcripts/</c> that no reader takes would otherwise be ignored without a word: each is a SITE308
/// warning naming it and the supported formats (an error under <c>--strict</c>). A sidecar (<c>name.yml</c>) or
/// chapters file (<c>name.chapters.json</c>) beside a timed transcript is taken; one with no transcript is reported.
/// </summary>
public sealed class ReportUnsupportedTranscriptFiles(BuildPaths paths, Func<string, bool> isTranscript) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var files = InputFiles.List(paths.Input).Where(relative => relative.StartsWith("transcripts/", StringComparison.Ordinal) && !InputFiles.IsPrivate(relative)).ToList();
        var timed = files.Where(relative => isTranscript(relative) && TranscriptReaders.IsTimed(relative)).Select(Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var relative in files.Where(relative => !isTranscript(relative)))
        {
            var besideTimed = relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || TranscriptReaders.IsChaptersFile(relative);
            if (besideTimed && timed.Contains(Stem(relative)))
            {
                continue;
            }

            var message = besideTimed
                ? $"{Path.GetFileName(relative)} is a sidecar or chapters file, but no .vtt, .srt, .sbv or .json transcript of that name is beside it; it is not used"
                : $"no reader takes {Path.GetFileName(relative)}; transcripts are {string.Join(", ", TranscriptReaders.Extensions)} (with name.yml and name.chapters.json beside timed ones); the file is not used";
            var source = ThemeFiles.Display(Path.Combine(paths.Input, relative));
            context.Build.Diagnostics.Add(context.Build.Strict
                ? Diagnostic.Error(DiagnosticCodes.UnsupportedTranscriptFile, source, 0, 0, message)
                : Diagnostic.Warning(DiagnosticCodes.UnsupportedTranscriptFile, source, 0, 0, message));
        }

        return Task.FromResult(inputs);
    }

    /// <summary><c>transcripts/a/talk.chapters.json</c>, <c>transcripts/a/talk.yml</c> and <c>transcripts/a/talk.vtt</c> all give <c>transcripts/a/talk</c>.</summary>
    private static string Stem(string relative)
    {
        var withoutChapters = TranscriptReaders.IsChaptersFile(relative) ? relative[..^".chapters.json".Length] : relative;
        return withoutChapters == relative ? relative[..^Path.GetExtension(relative).Length] : withoutChapters;
    }
}
