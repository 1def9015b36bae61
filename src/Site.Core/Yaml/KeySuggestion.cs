namespace Site.Yaml;

/// <summary>
/// The known key a misspelt one was most likely meant to be, for "did you mean" in unknown-key warnings.
/// Case, <c>_</c> and <c>-</c> are ignored (<c>baseURL</c>, <c>base-url</c> -> <c>baseUrl</c>) and a swap of two
/// neighbouring letters counts as one edit (<c>titel</c> -> <c>title</c>).
/// </summary>
public static class KeySuggestion
{
    /// <summary>The nearest known key, or null when none is close enough to be a plausible typo (or the key is known).</summary>
    public static string? Nearest(string key, IReadOnlyCollection<string> known)
    {
        if (known.Contains(key, StringComparer.Ordinal))
        {
            return null;
        }

        var wanted = Folded(key);
        // About one edit in three characters: a short key needs a close match, so 'id' does not suggest 'url'.
        var allowed = Math.Max(1, (wanted.Length + 1) / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(wanted, Folded(candidate));
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" text for a message, or empty when there is no suggestion.</summary>
    public static string DidYouMean(string key, IReadOnlyCollection<string> known) =>
        Nearest(key, known) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    private static string Folded(string key) =>
        new([.. key.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant)]);

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
