using System.Threading.Channels;
using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Theming;

namespace Site.Serving;

/// <summary>
/// Runs one build at a time: the first, then one per burst of changes. After each it updates the served
/// <see cref="BuildState"/> and tells the open pages (reload, swap styles, or show the errors).
/// </summary>
public sealed class SiteRebuilder
{
    private readonly DevServerOptions _options;
    private readonly LiveReloadHub _hub;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    // Changes since the last good build decide between a reload and a style swap: after a failed build the open
    // pages are as old as the last good one, so a CSS-only fix must not hide an earlier template change.
    private readonly HashSet<string> _sinceLastGood = new(StringComparer.Ordinal);
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private TaskCompletionSource _idle = Completed();
    private BuildState _state;
    private int _goodBuilds;

    // One for the life of the server: each build re-renders only the pages whose inputs changed since the last good one.
    private readonly BuildOptions _build;

    public SiteRebuilder(DevServerOptions options, LiveReloadHub hub)
    {
        _options = options;
        _build = options.Build with
        {
            Cache = options.Build.Cache ?? new RebuildCache(),
            // Pagefind keeps the index between builds too, so a save sends it only the pages it wrote.
            Search = options.Build.Search is { AfterSwap: true, Live: null } search ? search with { Live = new Search.LiveIndex() } : options.Build.Search,
        };
        _hub = hub;
        _state = new BuildState(VersionOf(0), ReadBasePath(), []);
    }

    public BuildState State => Volatile.Read(ref _state);

    /// <summary>Stops the search index still being written, if any, and the Pagefind programs kept between builds.</summary>
    public async Task StopSearchAsync()
    {
        if (_pendingSearch is { } pending)
        {
            await _pendingSearchCancellation!.CancelAsync();
            await pending.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        if (_build.Search?.Live is { } live)
        {
            await live.DisposeAsync();
        }
    }

    /// <summary>Completes when no build is running; a request that finds no file waits for it before looking again.</summary>
    public Task WhenIdle => Volatile.Read(ref _idle).Task;

    public void Changed(string path) => _changes.Writer.TryWrite(path);

    /// <summary>Waits for changes, lets a burst settle for <see cref="DevServerOptions.Debounce"/>, then rebuilds.</summary>
    private Task? _pendingSearch;
    private CancellationTokenSource? _pendingSearchCancellation;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        var batch = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (reader.TryRead(out var path))
            {
                batch.Add(path);
            }

            await Task.Delay(_options.Debounce, cancellationToken);
            if (reader.TryPeek(out _))
            {
                continue;
            }

            await BuildAsync(batch, cancellationToken);
            batch.Clear();
        }
    }

    public async Task<BuildResult> BuildAsync(IReadOnlyCollection<string> changes, CancellationToken cancellationToken)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _idle, idle);
        try
        {
            // The previous build may still be writing its search index into the output it is about to replace:
            // stop it (this build indexes again) rather than make the reader wait for it.
            if (_pendingSearch is { } pending)
            {
                await _pendingSearchCancellation!.CancelAsync();
                await pending.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                _pendingSearchCancellation.Dispose();
                _pendingSearch = null;
            }

            var basePath = ReadBasePath();
            var result = await BuildSafelyAsync(cancellationToken);
            if (result.PendingSearch is { } search)
            {
                _pendingSearch = search;
                _pendingSearchCancellation = result.PendingSearchCancellation;
            }
            _sinceLastGood.UnionWith(changes);
            if (result.Succeeded)
            {
                var stylesOnly = _sinceLastGood.Count > 0 && _sinceLastGood.All(IsStylesheet);
                _sinceLastGood.Clear();
                var state = new BuildState(VersionOf(++_goodBuilds), basePath, []);
                Volatile.Write(ref _state, state);
                _hub.Broadcast(stylesOnly ? LiveReloadMessages.Styles(state) : LiveReloadMessages.Reload(state));
            }
            else
            {
                // The last good output stays served, under the base path it was built for.
                var previous = State;
                var state = previous with
                {
                    BasePath = _goodBuilds == 0 ? basePath : previous.BasePath,
                    Errors = [.. result.Diagnostics.Where(d => d.IsError)],
                };
                Volatile.Write(ref _state, state);
                _hub.Broadcast(LiveReloadMessages.Failed(state));
            }

            _options.BuildCompleted?.Invoke(result);
            return result;
        }
        finally
        {
            idle.SetResult();
        }
    }

    private async Task<BuildResult> BuildSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SiteBuilder.BuildAsync(_build, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The server outlives a build that crashed (a file locked by an editor, a bad --base-url): report it.
            var diagnostic = Diagnostic.Error(DiagnosticCodes.ModuleFailed, _options.Build.Input, 0, 0, $"the build failed: {exception.Message}");
            return new BuildResult([diagnostic], 0, 0, TimeSpan.Zero, null);
        }
    }

    /// <summary>The base path the build will use: site.yml's, unless the command line overrides it.</summary>
    private string ReadBasePath()
    {
        try
        {
            var settings = SiteSettings.Load(_options.Build.Input, ThemeFiles.Display(Path.GetFullPath(_options.Build.Input)), new DiagnosticBag());
            if (_options.Build.BaseUrl is { Length: > 0 } baseUrl)
            {
                settings = settings.WithBaseUrl(baseUrl);
            }

            return settings.BasePath;
        }
        catch (ArgumentException)
        {
            // The build reports the bad URL; until it is fixed the site is served at the root.
            return "/";
        }
    }

    private string VersionOf(int build) => $"{_instance}.{build}";

    private static bool IsStylesheet(string path) => path.EndsWith(".css", StringComparison.OrdinalIgnoreCase);

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
