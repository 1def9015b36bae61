using System.Collections.Concurrent;
using Site.Diagnostics;

namespace Site.Pipelines;

/// <summary>
/// State shared by every module of one build: the diagnostics, the cancellation token, and values built once per
/// build (Markdown pipeline, templates, navigation model) through <see cref="GetOrCreate{T}"/>.
/// </summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _shared = new(StringComparer.Ordinal);
    private int _pagesWritten;
    private int _filesWritten;

    public BuildContext(DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    /// <summary>The dev server's memory of its last good build, or null for a one-off build.</summary>
    public Building.RebuildCache? RebuildCache { get; init; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>site.yml's <c>markup.unsafe</c>: raw HTML in hand-written Markdown and glossary definitions is kept.</summary>
    public bool UnsafeMarkup { get; init; }

    /// <summary><c>--strict</c>: warnings CI should not accept are errors (e.g. a transcript file no reader takes).</summary>
    public bool Strict { get; init; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The search index being made, handed each HTML page as it is written; null when the build indexes none.</summary>
    public Search.SearchFeed? SearchFeed { get; init; }

    public int PagesWritten => Volatile.Read(ref _pagesWritten);

    public int FilesWritten => Volatile.Read(ref _filesWritten);

    /// <summary>Returns the value stored under <paramref name="key"/>, creating it once for the whole build.</summary>
    public T GetOrCreate<T>(string key, Func<T> create)
        where T : class =>
        (T)_shared.GetOrAdd(key, _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    internal void CountWrite(bool isPage)
    {
        Interlocked.Increment(ref _filesWritten);
        if (isPage)
        {
            Interlocked.Increment(ref _pagesWritten);
        }
    }
}
