namespace Site.Serving;

/// <summary>
/// A request path below the base path, split into segments that are safe to join to the output folder. Kestrel has
/// already decoded the path and removed dot segments; this refuses what is left that could still leave the folder
/// or mean something else on another file system.
/// </summary>
public sealed record RequestPath(IReadOnlyList<string> Segments, bool EndsWithSlash)
{
    /// <summary>Parses <paramref name="relative"/> (the path after the base path, e.g. <c>about/</c>); null when refused.</summary>
    public static RequestPath? Parse(string relative)
    {
        // "%2F" survives Kestrel's decoding on purpose (it is not a separator), so "..%2F" arrives as text.
        if (relative.Contains('\\', StringComparison.Ordinal) ||
            relative.Contains('\0', StringComparison.Ordinal) ||
            relative.Contains(':', StringComparison.Ordinal) ||
            relative.Contains("%2F", StringComparison.OrdinalIgnoreCase) ||
            relative.StartsWith('/'))
        {
            return null;
        }

        var segments = relative.Split('/');
        var endsWithSlash = segments[^1].Length == 0;
        var kept = endsWithSlash ? segments[..^1] : segments;
        foreach (var segment in kept)
        {
            // An empty segment ("a//b") would make the rest look absolute to Path.Combine.
            if (segment is "" or "." or "..")
            {
                return null;
            }
        }

        return new RequestPath(kept, endsWithSlash);
    }

    public RequestPath Append(string segment) => new([.. Segments, segment], false);
}
