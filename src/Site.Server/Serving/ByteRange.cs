using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Site.Serving;

/// <summary>
/// One range of a <c>Range: bytes=…</c> request header (RFC 9110 14.2), the only kind browsers send for media. A
/// header with several ranges, another unit or bad syntax is ignored (the whole file is sent, as the RFC allows).
/// </summary>
public readonly record struct ByteRange(long Start, long Length, bool Satisfiable)
{
    /// <summary>The range asked for, or null when the whole file is to be sent.</summary>
    public static ByteRange? Parse(StringValues header, long size)
    {
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var spec = value.AsSpan("bytes=".Length).Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0 || spec.Contains(','))
        {
            return null;
        }

        var first = spec[..dash].Trim();
        var last = spec[(dash + 1)..].Trim();
        if (first.IsEmpty)
        {
            // bytes=-500: the last 500 bytes.
            if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix))
            {
                return null;
            }

            return suffix == 0 || size == 0 ? new ByteRange(0, 0, false) : new ByteRange(Math.Max(0, size - suffix), Math.Min(suffix, size), true);
        }

        if (!long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        var end = size - 1;
        if (!last.IsEmpty)
        {
            if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out end) || end < start)
            {
                return null;
            }

            end = Math.Min(end, size - 1);
        }

        return start >= size ? new ByteRange(0, 0, false) : new ByteRange(start, end - start + 1, true);
    }
}
