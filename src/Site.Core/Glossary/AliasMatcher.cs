using System.Buffers;

namespace Site.Glossary;

/// <summary>
/// Finds glossary aliases in text with one trie over the lower-cased aliases. Chinese aliases match anywhere (Chinese
/// has no spaces between words); an alias that starts or ends with an ASCII letter or digit must not continue an ASCII
/// word there, so <c>MAGIC</c> does not contain <c>AGI</c> while <c>100万token</c> contains <c>token</c>.
/// Overlaps are settled longest first, so <c>世界模型</c> wins over <c>模型</c>.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly Node _root = new();

    public AliasMatcher(IEnumerable<(string Alias, string TermId)> aliases)
    {
        foreach (var (alias, termId) in aliases)
        {
            var trimmed = alias.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in trimmed)
            {
                var key = Fold(c);
                node.Children ??= [];
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children[key] = child;
                }

                node = child;
            }

            // When two terms claim one alias the loader reports it; the first term keeps it.
            node.TermId ??= termId;
        }

        var firsts = (_root.Children?.Keys ?? Enumerable.Empty<char>())
            .SelectMany(c => char.IsAsciiLetterLower(c) ? [c, char.ToUpperInvariant(c)] : new[] { c });
        _firstChars = SearchValues.Create(firsts.ToArray());
    }

    // The characters an alias can start with: most characters of a text start none, and a vectorised search skips
    // them, instead of a trie lookup at every position of every paragraph of the site.
    private readonly SearchValues<char> _firstChars;

    public IReadOnlyList<TermMatch> FindMatches(string text)
    {
        if (_root.Children is null)
        {
            return [];
        }

        List<TermMatch>? candidates = null;
        for (var start = 0; start < text.Length; start++)
        {
            var skipped = text.AsSpan(start).IndexOfAny(_firstChars);
            if (skipped < 0)
            {
                break;
            }

            start += skipped;
            if (!_root.Children.TryGetValue(Fold(text[start]), out var node))
            {
                continue;
            }

            if (IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1]))
            {
                continue;
            }

            for (var end = start + 1; ; end++)
            {
                if (node.TermId is not null && !(IsWordChar(text[end - 1]) && end < text.Length && IsWordChar(text[end])))
                {
                    (candidates ??= []).Add(new TermMatch(start, end - start, node.TermId));
                }

                if (end >= text.Length || node.Children is null || !node.Children.TryGetValue(Fold(text[end]), out node))
                {
                    break;
                }
            }
        }

        return candidates is null ? [] : SelectLongestFirst(candidates, text.Length);
    }

    /// <summary>An array: the matches of every paragraph are kept for the whole build, one object each.</summary>
    private static TermMatch[] SelectLongestFirst(List<TermMatch> candidates, int textLength)
    {
        if (candidates.Count == 1)
        {
            return [candidates[0]];
        }

        candidates.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        // A paragraph has a few candidates: each is compared with those taken. With many, a mark per character
        // keeps the work linear (a flag per character of every paragraph was a tenth of what matching allocated).
        var taken = candidates.Count > 16 ? new bool[textLength] : null;
        var selected = new List<TermMatch>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (taken is not null ? taken.AsSpan(candidate.Start, candidate.Length).Contains(true) : Overlaps(selected, candidate))
            {
                continue;
            }

            taken?.AsSpan(candidate.Start, candidate.Length).Fill(true);
            selected.Add(candidate);
        }

        selected.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. selected];
    }

    private static bool Overlaps(List<TermMatch> selected, TermMatch candidate)
    {
        foreach (var match in selected)
        {
            if (candidate.Start < match.Start + match.Length && match.Start < candidate.Start + candidate.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only ASCII letters fold: Latin aliases are case-insensitive, everything else is matched as written.</summary>
    internal static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public string? TermId { get; set; }
    }
}
