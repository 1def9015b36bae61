using System.Diagnostics;
using System.Text.Json;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Search;

/// <summary>
/// The last step of a build: indexes the staging folder with Pagefind (through <c>search/index.mjs</c>), so the index
/// is swapped in with the pages it describes and a failed index fails the build, leaving the old site in place.
/// Pages are indexed from their HTML; turns from the transcript models, each as a record of its own.
/// </summary>
public static class IndexSite
{
    public static async Task<SearchSummary?> RunAsync(
        SearchOptions options,
        BuildPaths paths,
        Theme theme,
        EngineReport report,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        if (options.ToolsFolder is not { } tools)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, SearchTools.Script, 0, 0,
                $"search indexing needs {SearchTools.Script} and package.json, which come with the tool, and they were found neither beside the program ({AppContext.BaseDirectory}) nor above the current folder; reinstall the tool, or build with --no-search"));
            return null;
        }

        if (!await SearchTools.EnsureInstalledAsync(tools, options.Progress, diagnostics, cancellationToken))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var request = new SearchRequest(paths.Staging, theme.Urls.BasePath, theme.Settings.Language, TurnsOf(report, theme, paths));
        var requestFile = Path.Combine(Path.GetTempPath(), $"site-search-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var script = Path.Combine(tools, SearchTools.Script);
        try
        {
            await File.WriteAllTextAsync(requestFile, JsonSerializer.Serialize(request, SearchJson.Default.SearchRequest), cancellationToken);
            var run = await ToolProcess.RunAsync("node", [script, requestFile], tools, cancellationToken);
            if (run is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, script, 0, 0,
                    "search indexing needs Node.js, and the 'node' command was not found; install Node.js 18 or later, or build with --no-search"));
                return null;
            }

            var answer = run.Succeeded ? ReadAnswer(run.Output) : null;
            if (answer is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, script, 0, 0,
                    $"Pagefind could not index the site (exit code {run.ExitCode}): {run.Tail()}"));
                return null;
            }

            return new SearchSummary(answer.Pages, answer.Turns, clock.Elapsed);
        }
        finally
        {
            File.Delete(requestFile);
        }
    }

    private static List<TurnRecord> TurnsOf(EngineReport report, Theme theme, BuildPaths paths)
    {
        var transcripts = report.ProcessOutputs.TryGetValue(SitePipelines.Transcripts, out var documents)
            ? TranscriptLease.TranscriptsIn(documents)
            : [];
        // Sections are labelled as the pages label them, so results and pages use the same words.
        return [.. TurnRecords.From(transcripts, theme.Urls, section => TranscriptText.SectionLabel(section, theme))];
    }

    private static IndexerAnswer? ReadAnswer(string output)
    {
        var last = output.Trim().Split('\n').LastOrDefault(line => line.TrimStart().StartsWith('{'));
        if (last is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(last, SearchJson.Default.IndexerAnswer);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
