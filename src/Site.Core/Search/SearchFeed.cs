using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;

namespace Site.Search;

/// <summary>
/// A search index in the making. The build hands it each page as it writes it; pages not handed over (copied, or a
/// folder indexed after the fact) are read from the folder at the end. A build's index is made at the end by
/// Pagefind's command line from the list of pages to index (<see cref="PagefindCommand"/>); the dev server's is
/// streamed to Pagefind's service as pages are written, and kept, so a save sends only what it rewrote. A large site is
/// cut into shards, each a Pagefind program of its own working side by side with the others and writing a complete
/// index, which the search dialog merges.
/// </summary>
public sealed class SearchFeed : IAsyncDisposable
{
    /// <summary>The file the search dialog reads to find the shards beside the main index.</summary>
    public const string ShardList = "shards.json";

    private const string BodyMarker = "data-pagefind-body";
    private const int PagesPerShard = 200;

    private readonly string _binary;
    private readonly string _site;
    private readonly string _tools;
    private readonly string _language;
    private readonly int? _wantedShards;
    private readonly bool _streaming;
    private readonly ConcurrentQueue<string> _markedPages = new();
    private readonly Lock _starting = new();
    private readonly ConcurrentDictionary<string, byte> _handed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _unmarked = new();
    private Shard[]? _shards;
    private int _marked;
    private long[] _load = [];
    private readonly ConcurrentDictionary<string, int> _shardOf = new(StringComparer.Ordinal);

    /// <param name="language">The one language of the index (see <see cref="IndexSite"/>).</param>
    /// <param name="shards">How many shards; null: one per 200 pages, up to four (streamed: and up to one per core).</param>
    /// <param name="site">The folder the pages are written to.</param>
    /// <param name="streaming">Pages go to Pagefind's service as they come, and the index is kept for updates (the dev
    /// server); else they are listed and indexed at the end by Pagefind's command line, which costs less CPU.</param>
    internal SearchFeed(string binary, string tools, string site, string language, int? shards, bool streaming)
    {
        (_binary, _tools, _site, _language, _wantedShards, _streaming) = (binary, tools, site, language, shards, streaming);
    }

    /// <summary>Pagefind's program, named by diagnostics when it fails.</summary>
    public string Program => _binary;

    /// <summary>How many shards a site of <paramref name="pages"/> pages is cut into on a machine of <paramref name="cores"/> cores.</summary>
    internal static int ShardCount(int pages, int cores) => Math.Clamp(Math.Min(pages / PagesPerShard, Math.Min(cores, MaxShards)), 1, MaxShards);

    /// <summary>
    /// How many shards Pagefind's command line indexes <paramref name="pages"/> pages in: one per 200 pages, up to four,
    /// whatever the cores. Each command uses more than one core and its cost per page grows with the index, so more
    /// commands than cores still finish sooner (bench/README.md); four bounds what the search dialog merges.
    /// </summary>
    internal static int CommandShardCount(int pages) => Math.Clamp(pages / PagesPerShard, 1, MaxShards);

    private const int MaxShards = 4;

    internal static string ShardFolder(int number) => $"shard-{number}";

    /// <summary>Takes a page the build has written (<c>a/index.html</c>, any thread).</summary>
    /// <param name="plannedPages">How many pages the build writes in all, asked once, with the first page: the number of shards follows from it.</param>
    public void Add(string destination, string html, Func<int> plannedPages)
    {
        if (!_handed.TryAdd(destination, 0))
        {
            return;
        }

        // Once any page marks its body, Pagefind drops the pages that do not (it would read them only to drop them).
        if (!html.Contains(BodyMarker, StringComparison.Ordinal))
        {
            _unmarked.Enqueue(destination);
            return;
        }

        Interlocked.Increment(ref _marked);
        if (!_streaming)
        {
            _markedPages.Enqueue(destination);
            return;
        }

        // Pagefind is slower than the build: past a budget, pages wait as their paths and are read back when their turn comes.
        var keep = Interlocked.Add(ref _waitingChars, html.Length) <= WaitingCharsBudget;
        Post(destination, keep ? html : null, html.Length, plannedPages);
        if (!keep)
        {
            Interlocked.Add(ref _waitingChars, -html.Length);
        }
    }

    private const long WaitingCharsBudget = 32L * 1024 * 1024;

    private long _waitingChars;

    /// <param name="html">The page, or null to read it from the site folder.</param>
    /// <param name="length">The page's length, what it costs Pagefind to read.</param>
    private void Post(string destination, string? html, int length, Func<int> plannedPages)
    {
        // Each new page goes to the shard with the least text so far, so the shards finish together; a page sent
        // again (the dev server's index) goes to the shard that has it, where it replaces itself.
        var shards = Start(plannedPages);
        var shard = _shardOf.GetOrAdd(destination, _ =>
        {
            lock (_starting)
            {
                var lightest = Array.IndexOf(_load, _load.Min());
                _load[lightest] += length;
                return lightest;
            }
        });
        shards[shard].Post(destination, html);
    }

    /// <summary>A page's text, the one the build handed over or else the file, and gives its budget back.</summary>
    private async Task<string> TextAsync(string destination, string? html)
    {
        if (html is not null)
        {
            Interlocked.Add(ref _waitingChars, -html.Length);
            return html;
        }

        return await File.ReadAllTextAsync(Path.Combine(_site, destination));
    }

    private Shard[] Start(Func<int> plannedPages)
    {
        if (Volatile.Read(ref _shards) is { } started)
        {
            return started;
        }

        lock (_starting)
        {
            if (_shards is null)
            {
                var pages = plannedPages();
                var count = _wantedShards is { } wanted ? Math.Clamp(Math.Min(wanted, pages), 1, 16) : ShardCount(pages, Environment.ProcessorCount);
                _load = new long[count];
                Volatile.Write(ref _shards, [.. Enumerable.Range(0, count).Select(_ => new Shard(this))]);
            }

            return _shards!;
        }
    }

    /// <summary>
    /// Hands over the pages of the site folder not handed yet, then writes the index (see <see cref="WriteAsync"/>).
    /// </summary>
    public async Task<int> FinishAsync(string output, CancellationToken cancellationToken)
    {
        var remaining = PagesIn(_site).Where(page => !_handed.ContainsKey(page)).ToList();
        var planned = () => _handed.Count + remaining.Count;
        foreach (var page in remaining)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(page, await File.ReadAllTextAsync(Path.Combine(_site, page), cancellationToken), planned);
        }

        if (!_streaming)
        {
            return await IndexListedAsync(output, cancellationToken);
        }

        if (Volatile.Read(ref _marked) == 0)
        {
            // A theme that marks no page's body: Pagefind indexes every page whole.
            while (_unmarked.TryDequeue(out var page))
            {
                Post(page, null, (int)new FileInfo(Path.Combine(_site, page)).Length, planned);
            }
        }

        Start(planned);
        return await WriteAsync(output, cancellationToken);
    }

    /// <summary>
    /// Indexes the pages listed, cut into shards of consecutive pages (a transcript's pages stay together), each by a
    /// Pagefind command of its own, side by side; the pages indexed.
    /// </summary>
    private async Task<int> IndexListedAsync(string output, CancellationToken cancellationToken)
    {
        // A theme that marks no page's body: Pagefind indexes every page whole.
        var pages = (Volatile.Read(ref _marked) > 0 ? _markedPages : _unmarked).Order(StringComparer.Ordinal).ToList();
        var count = _wantedShards is { } wanted ? Math.Clamp(Math.Min(wanted, pages.Count), 1, 16) : CommandShardCount(pages.Count);
        var size = Math.Max(1, (pages.Count + count - 1) / count);
        var indexed = await Task.WhenAll(Enumerable.Range(0, count).Select(number => PagefindCommand.RunAsync(
            _binary, _site, pages.Skip(number * size).Take(size).ToList(), number == 0 ? output : Path.Combine(output, ShardFolder(number)), _language, cancellationToken)));
        await WriteShardListAsync(output, count);
        return indexed.Sum();
    }

    private static Task WriteShardListAsync(string output, int shards)
    {
        var others = string.Join(",", Enumerable.Range(1, shards - 1).Select(number => $"\"{ShardFolder(number)}/\""));
        return File.WriteAllTextAsync(Path.Combine(output, ShardList), $"[{others}]\n", CancellationToken.None);
    }

    /// <summary>
    /// Sends again pages of the site folder that changed since they were handed over (the dev server keeps its index
    /// between saves, and a page replaces its earlier self), and new ones, then writes the index.
    /// </summary>
    public async Task<int> UpdateAsync(IEnumerable<string> pages, string output, CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            var html = await File.ReadAllTextAsync(Path.Combine(_site, page), cancellationToken);
            _handed.TryAdd(page, 0);
            if (html.Contains(BodyMarker, StringComparison.Ordinal) || Volatile.Read(ref _marked) == 0)
            {
                Post(page, null, html.Length, () => _handed.Count);
            }
        }

        return await WriteAsync(output, cancellationToken);
    }

    /// <summary>The pages handed over so far, as site paths (<c>a/index.html</c>).</summary>
    public IReadOnlyCollection<string> Pages => (IReadOnlyCollection<string>)_handed.Keys;

    /// <summary>
    /// Waits for Pagefind to have every page sent so far, then has each shard write its index under
    /// <paramref name="output"/> (the main one in it, shard N in <c>shard-N/</c>) and lists the shards. The number of
    /// pages indexed; an exception with Pagefind's reason when it failed. Once Pagefind writes, it is let finish: a
    /// cancelled wait would leave a half-written folder.
    /// </summary>
    private async Task<int> WriteAsync(string output, CancellationToken cancellationToken)
    {
        var shards = _shards ?? throw new InvalidOperationException("no shard was started");
        var indexed = await Task.WhenAll(shards.Select(shard => shard.FlushAsync())).WaitAsync(cancellationToken);
        await Task.WhenAll(shards.Select((shard, number) => shard.WriteAsync(number == 0 ? output : Path.Combine(output, ShardFolder(number)))));
        await WriteShardListAsync(output, shards.Length);
        return indexed.Sum();
    }

    /// <summary>Every HTML page of the site (as Pagefind's own <c>**/*.html</c> finds them), relative paths with forward slashes.</summary>
    internal static IEnumerable<string> PagesIn(string site) =>
        new DirectoryInfo(site).EnumerateFiles("*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site, file.FullName).Replace('\\', '/'))
            // Hidden folders are the dev server's index being written, not pages.
            .Where(page => !page.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var shard in _shards ?? [])
        {
            await shard.DisposeAsync();
        }
    }

    /// <summary>
    /// One Pagefind program and the pages waiting for it, sent a few at a time so it is never idle. A flush waits
    /// until everything sent before it is indexed.
    /// </summary>
    private sealed class Shard : IAsyncDisposable
    {
        private readonly PagefindService? _service;
        private readonly Channel<(string? Path, string? Html, TaskCompletionSource<int>? Flushed)> _items =
            Channel.CreateUnbounded<(string?, string?, TaskCompletionSource<int>?)>(new UnboundedChannelOptions { SingleReader = true });

        private readonly Task _sending;

        public Shard(SearchFeed feed)
        {
            _service = PagefindService.Start(feed._binary, feed._tools);
            _sending = SendAsync(feed, _service is null ? new InvalidOperationException($"{feed._binary} could not be started") : null);
        }

        public void Post(string path, string? html) => _items.Writer.TryWrite((path, html, null));

        /// <summary>How many of the shard's pages have words to find, once all sent so far are indexed.</summary>
        public Task<int> FlushAsync()
        {
            var flushed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_items.Writer.TryWrite((null, null, flushed)))
            {
                flushed.TrySetException(new InvalidOperationException("the search index was closed"));
            }

            return flushed.Task;
        }

        public Task WriteAsync(string output) => _service!.WriteFilesAsync(Path.GetFullPath(output));

        private async Task SendAsync(SearchFeed feed, Exception? failure)
        {
            // Whether each page has words to find (Pagefind leaves out those without); a page sent again replaces its entry.
            var hasWords = new Dictionary<string, bool>(StringComparer.Ordinal);
            var inFlight = new Queue<(string Path, Task<JsonElement> Answer)>();
            async Task Settle()
            {
                var (path, answer) = inFlight.Dequeue();
                var result = await answer;
                hasWords[path] = result.TryGetProperty("page_word_count", out var words) && words.GetInt32() > 0;
            }

            try
            {
                if (failure is null)
                {
                    await _service!.NewIndexAsync(feed._language, IndexSite.ExcludeSelectors);
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException)
            {
                failure = exception;
            }

            await foreach (var (path, html, flushed) in _items.Reader.ReadAllAsync())
            {
                if (failure is not null)
                {
                    // Pagefind has failed: every flush says why, pages are dropped.
                    flushed?.TrySetException(failure);
                    continue;
                }

                try
                {
                    if (flushed is not null)
                    {
                        while (inFlight.Count > 0)
                        {
                            await Settle();
                        }

                        flushed.TrySetResult(hasWords.Values.Count(has => has));
                        continue;
                    }

                    inFlight.Enqueue((path!, _service!.AddFileAsync(path!, await feed.TextAsync(path!, html))));
                    if (inFlight.Count > 16)
                    {
                        await Settle();
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    failure = exception;
                    flushed?.TrySetException(exception);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            _items.Writer.TryComplete();
            if (_service is not null)
            {
                await _service.DisposeAsync();
            }

            await _sending;
        }
    }
}
