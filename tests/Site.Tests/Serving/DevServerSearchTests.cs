using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Site.Building;
using Site.Search;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>
/// In <c>serve</c> a save reloads the page as soon as the pages are written; the search index is rewritten after, in
/// the background, and until it is the previous index stays served.
/// </summary>
public sealed class DevServerSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private const string Added = "A sentence about zeppelins added while serving.";

    /// <summary>Every build's pending index, in order, as the server reports them.</summary>
    private sealed class Builds
    {
        private readonly ConcurrentQueue<Task<(SearchSummary? Summary, IReadOnlyList<Site.Diagnostics.Diagnostic> Diagnostics)>> _searches = new();

        public void Completed(BuildResult result)
        {
            if (result.PendingSearch is { } search)
            {
                _searches.Enqueue(search);
            }
        }

        public int Count => _searches.Count;

        public Task<(SearchSummary? Summary, IReadOnlyList<Site.Diagnostics.Diagnostic> Diagnostics)> Search(int build) => _searches.ElementAt(build);
    }

    [Fact]
    public async Task A_save_reloads_while_the_index_is_still_being_written_and_the_old_index_is_served_until_the_new_one_is_in_place()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in Pagefind below is a Python script
        }

        using var tools = new TempFolder();
        var gate = Gate(tools);
        var builds = new Builds();
        await using var site = await ServeWithStandInAsync(tools, builds);
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");

        File.Delete(gate); // the next index waits until the test lets it finish
        await File.AppendAllTextAsync(site.Folder.Combine("input/about.md"), $"\n{Added}\n");
        await events.NextAsync("reload");

        // Reloaded with the new words while the indexer is still held: the rebuild did not wait for it.
        Assert.Contains(Added, await site.GetTextAsync("/about/"), StringComparison.Ordinal);
        Assert.Equal(2, builds.Count);
        Assert.False(builds.Search(1).IsCompleted, "the index of the save is still being written");
        var meanwhile = await site.GetTextAsync("/pagefind/pagefind.js");
        Assert.Contains(ServedSite.AboutText, meanwhile, StringComparison.Ordinal);
        Assert.DoesNotContain(Added, meanwhile, StringComparison.Ordinal);

        File.WriteAllText(gate, "open");
        var (second, diagnostics) = await builds.Search(1).WaitAsync(Patience);

        Assert.Empty(diagnostics);
        Assert.NotNull(second);
        Assert.Contains(Added, await site.GetTextAsync("/pagefind/pagefind.js"), StringComparison.Ordinal);
        Assert.Equal(["pagefind"], Directory.GetDirectories(site.Output).Select(Path.GetFileName).Where(name => name!.Contains("pagefind", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_save_sends_Pagefind_only_the_pages_it_rewrote_and_the_same_program_keeps_the_rest()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in Pagefind below is a Python script
        }

        using var tools = new TempFolder();
        var log = Log(tools);
        var builds = new Builds();
        await using var site = await ServeWithStandInAsync(tools, builds);
        var first = File.ReadAllLines(log);
        Assert.Equal("NewIndex", first[0]);
        Assert.Contains("index.html", first);
        Assert.Contains("about/index.html", first);
        File.WriteAllText(log, "");
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");

        await File.AppendAllTextAsync(site.Folder.Combine("input/about.md"), $"\n{Added}\n");
        await events.NextAsync("reload");
        var (summary, diagnostics) = await builds.Search(1).WaitAsync(Patience);

        Assert.Empty(diagnostics);
        Assert.NotNull(summary);
        Assert.Equal(["about/index.html", "WriteFiles"], File.ReadAllLines(log));
        Assert.Contains(Added, await site.GetTextAsync("/pagefind/pagefind.js"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_save_the_served_index_finds_the_new_words_within_seconds()
    {
        var builds = new Builds();
        await using var site = await ServedSite.StartAsync(buildCompleted: builds.Completed, search: new SearchOptions { ToolsFolder = Repository.Root });
        await builds.Search(0).WaitAsync(Patience);
        Assert.DoesNotContain(Fragments(site.Output), fragment => fragment.Contains("zeppelins", StringComparison.Ordinal));
        using var events = await site.OpenEventsAsync();
        await events.NextAsync("state");

        await File.AppendAllTextAsync(site.Folder.Combine("input/about.md"), $"\n{Added}\n");
        await events.NextAsync("reload");
        var (summary, diagnostics) = await builds.Search(1).WaitAsync(Patience);

        Assert.Empty(diagnostics);
        Assert.Equal(2, summary?.Pages);
        var about = Assert.Single(Fragments(site.Output), fragment => fragment.Contains("\"url\":\"/about/\"", StringComparison.Ordinal));
        Assert.Contains("zeppelins", about, StringComparison.Ordinal);
        Assert.Contains("pagefind-entry.json", await site.GetTextAsync("/pagefind/pagefind.js"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A Pagefind stand-in (its service mode: base64 JSON requests, each ended by a comma) that waits while the gate
    /// file (<see cref="Gate"/>, open to begin with) is missing before it writes, then writes as its "index" the about
    /// page it was given, so the test can tell which build an index belongs to. It notes each request in
    /// <see cref="Log"/>: the page's path, else the request's type.
    /// </summary>
    private static string GatedPagefind(TempFolder tools)
    {
        var (gate, log) = (Gate(tools), Log(tools));
        File.WriteAllText(gate, "open");
        tools.Write("tools/package.json", "{}");
        tools.Write("tools/node_modules/pagefind/package.json", "{}");
        var program = tools.Write($"tools/node_modules/@pagefind/{SearchTools.Platform}/bin/pagefind_extended", $$$"""
            #!/usr/bin/env python3
            import base64, json, os, sys, time
            about = ""
            def answer(message_id, payload):
                sys.stdout.write(base64.b64encode(json.dumps({"message_id": message_id, "payload": payload}).encode()).decode() + ",")
                sys.stdout.flush()
            message = b""
            while True:
                byte = sys.stdin.buffer.read(1)
                if not byte:
                    sys.exit(0)
                if byte != b",":
                    message += byte
                    continue
                request = json.loads(base64.b64decode(message)); message = b""
                payload = request["payload"]
                with open('{{{log}}}', "a") as notes:
                    notes.write((payload.get("file_path") or payload["type"]) + "\n")
                if payload["type"] == "NewIndex":
                    answer(request["message_id"], {"type": "NewIndex", "index_id": 0})
                elif payload["type"] == "AddFile":
                    if payload["file_path"] == "about/index.html":
                        about = payload["file_contents"]
                    answer(request["message_id"], {"type": "IndexedFile", "page_word_count": 1, "page_url": "/", "page_meta": {}})
                elif payload["type"] == "WriteFiles":
                    while not os.path.exists('{{{gate}}}'):
                        time.sleep(0.05)
                    os.makedirs(payload["output_path"], exist_ok=True)
                    with open(os.path.join(payload["output_path"], "pagefind.js"), "w") as index:
                        index.write(about)
                    answer(request["message_id"], {"type": "WriteFiles", "output_path": payload["output_path"]})
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return tools.Combine("tools");
    }

    /// <summary>Serves the test site with the stand-in Pagefind, once its first index is written.</summary>
    private static async Task<ServedSite> ServeWithStandInAsync(TempFolder tools, Builds builds)
    {
        var site = await ServedSite.StartAsync(buildCompleted: builds.Completed, search: new SearchOptions { ToolsFolder = GatedPagefind(tools) });
        var (first, _) = await builds.Search(0).WaitAsync(Patience);
        Assert.NotNull(first);
        return site;
    }

    private static string Gate(TempFolder tools) => tools.Combine("gate");

    private static string Log(TempFolder tools) => tools.Combine("pagefind.log");

    /// <summary>The pages in the served index, as Pagefind stores them: gzip, a signature, then JSON.</summary>
    private static List<string> Fragments(string output) =>
        [.. Directory.GetFiles(Path.Combine(output, "pagefind", "fragment")).Select(file =>
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        })];
}
