using System.Collections.Concurrent;
using Site.Publishing;

namespace Site.Building;

/// <summary>
/// What each page of the last good build was made from, kept by <c>site serve</c> between its builds: a page whose
/// inputs hash the same as last time is copied from the served output instead of rendered and laid out again
/// (<see cref="Modules.PostProcess.ReuseUnchangedPages"/>). Everything a page is made from goes into its hash, so
/// an edit re-renders exactly the pages it changes: the section and speaker pages of the transcript, the glossary
/// pages that quote it; a template, strings or navigation change re-renders everything. Unchanged transcript files are
/// not parsed again either.
/// </summary>
public sealed class RebuildCache
{
    private IReadOnlyDictionary<string, CachedPage> _previous = new Dictionary<string, CachedPage>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, CachedPage> _current = new(StringComparer.Ordinal);
    private int _reused;

    // Parsed transcripts by file and URL name: the model is immutable, so a later build can share it.
    private IReadOnlyDictionary<(string, string), (UInt128 Fingerprint, Transcripts.TranscriptParseResult Result)> _previousParses =
        new Dictionary<(string, string), (UInt128, Transcripts.TranscriptParseResult)>();
    private ConcurrentDictionary<(string, string), (UInt128, Transcripts.TranscriptParseResult)> _currentParses = new();

    /// <summary>Pages copied from the previous output in the current (or last) build.</summary>
    public int PagesReused => Volatile.Read(ref _reused);

    /// <summary>
    /// True when the page at <paramref name="destination"/> was built from the same inputs last time: it is then
    /// recorded for the next build too, with the link scan of its HTML.
    /// </summary>
    internal bool TryReuse(string destination, UInt128 fingerprint, out PageScan? scan)
    {
        if (_previous.TryGetValue(destination, out var page) && page.Fingerprint == fingerprint)
        {
            _current[destination] = page;
            scan = page.Scan;
            return true;
        }

        _current[destination] = new CachedPage(fingerprint, null);
        scan = null;
        return false;
    }

    /// <summary>Counts a page actually copied (a match whose previous file is gone is built again instead).</summary>
    internal void CountReused() => Interlocked.Increment(ref _reused);

    /// <summary>Keeps the link scan of a page written in this build, for the build that reuses it.</summary>
    internal void RecordScan(string destination, PageScan scan)
    {
        if (_current.TryGetValue(destination, out var page))
        {
            _current[destination] = page with { Scan = scan };
        }
    }

    /// <summary>The parse of a transcript file whose text hashes to <paramref name="fingerprint"/>, if the last good build had it.</summary>
    internal Transcripts.TranscriptParseResult? FindParsed(string source, string id, UInt128 fingerprint) =>
        _previousParses.TryGetValue((source, id), out var parse) && parse.Fingerprint == fingerprint ? parse.Result : null;

    internal void RecordParsed(string source, string id, UInt128 fingerprint, Transcripts.TranscriptParseResult result) =>
        _currentParses[(source, id)] = (fingerprint, result);

    /// <summary>The templates, strings and settings files as the current build found them when it started.</summary>
    internal byte[] SharedFiles { get; private set; } = [];

    /// <summary>Called when a build starts, before it reads any of the files <paramref name="sharedFiles"/> hashes.</summary>
    internal void Begin(byte[] sharedFiles)
    {
        SharedFiles = sharedFiles;
        _current = new ConcurrentDictionary<string, CachedPage>(StringComparer.Ordinal);
        _currentParses = new ConcurrentDictionary<(string, string), (UInt128, Transcripts.TranscriptParseResult)>();
        Volatile.Write(ref _reused, 0);
    }

    /// <summary>The build's output is now the served one: the next build compares with it.</summary>
    internal void Commit()
    {
        _previous = _current;
        _previousParses = _currentParses;
    }

    private sealed record CachedPage(UInt128 Fingerprint, PageScan? Scan);
}
