using Site.Building;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Urls;

namespace Site.Publishing;

/// <summary>
/// The build's hook into <see cref="CheckLinks"/>: checks the staging folder but names pages by their place in
/// the output folder (where the user will look) and by the source file they were built from.
/// </summary>
public static class CheckOutputLinks
{
    public static IReadOnlyList<Diagnostic> Check(BuildPaths paths, UrlHelper urls, EngineReport report, bool strict, IReadOnlyDictionary<string, PageScan>? scanned = null, IEnumerable<string>? files = null)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in report.ProcessOutputs.Values.SelectMany(documents => documents))
        {
            if (document.Destination is { } destination && document.CopyFrom is null)
            {
                sources.TryAdd(destination, document.Source);
            }
        }

        var output = Theming.ThemeFiles.Display(paths.Output);
        var checker = new CheckLinks(urls, strict ? Severity.Error : Severity.Warning);
        return checker.Check(paths.Staging, page => output + "/" + page, sources, scanned, files);
    }
}
