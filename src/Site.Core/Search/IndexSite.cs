using System.Diagnostics;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Search;

/// <summary>
/// The last step of a build: indexes the staging folder with the Pagefind binary (its npm package ships it), so the
/// index is swapped in with the pages it describes and a failed index fails the build, leaving the old site in place.
/// Pagefind reads the written pages: each turn is a result of its own through the attributes of the section pages
/// (an id and <c>data-pagefind-title</c> on the turn, <c>data-pagefind-filter</c> for speaker and section), and turns
/// repeated elsewhere (speaker pages) are left out, so every turn is indexed once.
/// </summary>
public static class IndexSite
{
    /// <summary>
    /// Furniture, not content, and turns that are not the indexed copy (those on speaker pages carry no
    /// <c>data-pagefind-title</c>). The 404 page is served at any address and would match everything it says.
    /// </summary>
    internal static readonly string[] ExcludeSelectors =
    [
        ".turn:not([data-pagefind-title])",
        ".transcript-nav",
        ".pager",
        ".permalink",
        ".turn-time",
        ".term-popover",
        "[popover]",
        "[role=tooltip]",
        "nav",
        ".page--not-found",
    ];

    public static async Task<SearchSummary?> RunAsync(
        SearchOptions options,
        BuildPaths paths,
        Theme theme,
        EngineReport report,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken,
        string? indexFolder = null)
    {
        if (options.ToolsFolder is not { } tools)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, Installation.ToolFiles.LockFile, 0, 0,
                $"search indexing needs {Installation.ToolFiles.LockFile}, which pins Pagefind and comes with the tool, and it was not found beside the program ({AppContext.BaseDirectory}); reinstall the tool, or build with --no-search"));
            return null;
        }

        if (!await SearchTools.EnsureInstalledAsync(tools, options.Progress, diagnostics, cancellationToken))
        {
            return null;
        }

        if (SearchTools.Binary(tools) is not { } binary)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchToolMissing, Path.Combine(tools, "node_modules", "@pagefind"), 0, 0,
                $"Pagefind is installed in {tools}, but its program for this platform ({SearchTools.Platform}) is missing; delete {Path.Combine(tools, "node_modules")} to install it again, or build with --no-search"));
            return null;
        }

        var clock = Stopwatch.StartNew();
        var output = indexFolder ?? Path.Combine(paths.Staging, LiveIndex.Folder);
        var pages = PagesIn(paths.Staging);
        var shards = Shard(pages, options.Shards is { } wanted ? Math.Clamp(wanted, 1, Math.Max(1, pages.Count)) : ShardCount(pages.Count, Environment.ProcessorCount));
        try
        {
            // The site's language for every page whatever its own lang (a transcript's language): the dialog searches the
            // index of the page it is on, and an index per language would hide an English transcript from a zh-CN site's search.
            var language = theme.Settings.Language.ToLowerInvariant();
            Task<ShardResult[]> Index(bool onlyMarked) => Task.WhenAll(shards.Select((shard, number) =>
                IndexShardAsync(binary, tools, paths.Staging, shard, number == 0 ? output : Path.Combine(output, ShardFolder(number)), language, onlyMarked, cancellationToken)));
            var indexed = await Index(onlyMarked: true);
            if (indexed.All(shard => shard.Sent == 0))
            {
                // A theme that marks no page's body: Pagefind indexes every page whole.
                indexed = await Index(onlyMarked: false);
            }

            WriteShardList(output, shards.Count);
            return new SearchSummary(indexed.Sum(shard => shard.Indexed), TurnsOf(report), clock.Elapsed);
        }
        catch (InvalidOperationException exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, binary, 0, 0, $"Pagefind could not index the site: {exception.Message}"));
            return null;
        }
    }

    /// <summary>The file the search dialog reads to find the shards beside the main index (see <see cref="Shard"/>).</summary>
    public const string ShardList = "shards.json";

    internal static string ShardFolder(int number) => $"shard-{number}";

    /// <summary>
    /// How many Pagefind programs index the site side by side. Pagefind works on one thread, so a large site is cut
    /// into shards, one per core (at most four), each a complete index that the search dialog merges with the main
    /// one (Pagefind's <c>mergeIndex</c>). A small site stays one index: a shard costs the reader a few more requests.
    /// </summary>
    internal static int ShardCount(int pages, int cores) => Math.Clamp(Math.Min(pages / PagesPerShard, Math.Min(cores, 4)), 1, 4);

    private const int PagesPerShard = 200;

    /// <summary>The site's pages in path order, dealt to the shards so each gets about as many bytes to read.</summary>
    internal static IReadOnlyList<IReadOnlyList<(string Path, long Bytes)>> Shard(IReadOnlyList<(string Path, long Bytes)> pages, int count)
    {
        var shards = Enumerable.Range(0, count).Select(_ => new List<(string Path, long Bytes)>()).ToArray();
        var load = new long[count];
        foreach (var page in pages)
        {
            var lightest = Array.IndexOf(load, load.Min());
            shards[lightest].Add(page);
            load[lightest] += page.Bytes;
        }

        return shards;
    }

    /// <summary>Every HTML page of the site (as Pagefind's own <c>**/*.html</c> finds them), relative paths with forward slashes.</summary>
    private static List<(string Path, long Bytes)> PagesIn(string site)
    {
        var pages = new List<(string Path, long Bytes)>();
        foreach (var file in new DirectoryInfo(site).EnumerateFiles("*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site, file.FullName).Replace('\\', '/');
            // Hidden folders are the dev server's index being written, not pages.
            if (!relative.Split('/').Any(part => part.StartsWith('.')))
            {
                pages.Add((relative, file.Length));
            }
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return pages;
    }

    private sealed record ShardResult(int Sent, int Indexed);

    private static readonly byte[] BodyMarker = "data-pagefind-body"u8.ToArray();

    /// <summary>Indexes one shard's pages and writes its index: how many pages it was given, and how many had words to find.</summary>
    /// <param name="onlyMarked">
    /// Leave out pages without <c>data-pagefind-body</c>, as Pagefind itself does once any page has it (it would read
    /// them only to drop them): the transcripts' speaker pages of people who have a person page.
    /// </param>
    private static async Task<ShardResult> IndexShardAsync(
        string binary, string tools, string site, IReadOnlyList<(string Path, long Bytes)> pages, string output, string language, bool onlyMarked, CancellationToken cancellationToken)
    {
        await using var service = PagefindService.Start(binary, tools)
            ?? throw new InvalidOperationException($"{binary} could not be started");
        await service.NewIndexAsync(language, ExcludeSelectors);

        // A few pages in flight keep Pagefind busy while the next is read, without holding the whole site in memory.
        var inFlight = new Queue<Task<System.Text.Json.JsonElement>>();
        var (sent, indexed) = (0, 0);
        async Task Settle()
        {
            var answer = await inFlight.Dequeue();
            if (answer.TryGetProperty("page_word_count", out var words) && words.GetInt32() > 0)
            {
                indexed++;
            }
        }

        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = await File.ReadAllBytesAsync(Path.Combine(site, page.Path), cancellationToken);
            if (onlyMarked && html.AsSpan().IndexOf(BodyMarker) < 0)
            {
                continue;
            }

            sent++;
            inFlight.Enqueue(service.AddFileAsync(page.Path, html));
            if (inFlight.Count > 16)
            {
                await Settle();
            }
        }

        while (inFlight.Count > 0)
        {
            await Settle();
        }

        await service.WriteFilesAsync(Path.GetFullPath(output));
        return new ShardResult(sent, indexed);
    }

    private static void WriteShardList(string output, int shards)
    {
        var list = string.Join(",", Enumerable.Range(1, shards - 1).Select(number => $"\"{ShardFolder(number)}/\""));
        File.WriteAllText(Path.Combine(output, ShardList), $"[{list}]\n");
    }

    private static int TurnsOf(EngineReport report) =>
        report.ProcessOutputs.TryGetValue(SitePipelines.Transcripts, out var documents)
            ? TranscriptLease.TranscriptsIn(documents).Sum(t => t.Sections.Sum(s => s.Turns.Count))
            : 0;
}
