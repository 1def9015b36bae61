using System.Collections.Concurrent;

namespace Site.Diagnostics;

/// <summary>Collects diagnostics from modules running in parallel; the build goes on to find every error.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errorCount;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errorCount);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    /// <summary>Diagnostics in a stable order (by file, then position), whatever order the threads added them in.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
