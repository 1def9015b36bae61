using System.Text.RegularExpressions;
using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>
/// The front matter <c>drop</c> regular expressions, compiled once (interpreted, so it works under Native AOT) with a
/// match timeout so a catastrophic pattern cannot hang the build.
/// </summary>
internal sealed class DropPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private readonly List<(Regex Regex, int Line, int Column)> _patterns = [];
    private readonly HashSet<Regex> _timedOut = [];

    public static DropPatterns None { get; } = new();

    public int Count => _patterns.Count;

    /// <summary>Adds a pattern, or reports SITE305 at its position when it does not compile.</summary>
    public void Add(string pattern, int line, int column, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            _patterns.Add((new Regex(pattern, RegexOptions.CultureInvariant, Timeout), line, column));
        }
        catch (ArgumentException exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDropPattern, path, line, column, $"invalid drop pattern '{pattern}': {exception.Message}"));
        }
    }

    public bool Matches(SourceLine line, string path, List<Diagnostic> diagnostics) => MatchingPattern(line, path, diagnostics) is not null;

    /// <summary>The first pattern that matches <paramref name="line"/>, or null.</summary>
    public string? MatchingPattern(SourceLine line, string path, List<Diagnostic> diagnostics)
    {
        foreach (var (regex, patternLine, patternColumn) in _patterns)
        {
            try
            {
                if (regex.IsMatch(line.Text))
                {
                    return regex.ToString();
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Reported once per pattern: a pattern that backtracks badly will do so on many lines.
                if (_timedOut.Add(regex))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidDropPattern, path, patternLine, patternColumn, $"drop pattern '{regex}' timed out on line {line.Number}; it was skipped there"));
                }
            }
        }

        return null;
    }
}
