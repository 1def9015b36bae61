namespace Site.Yaml;

/// <summary>Splits <c>---</c> delimited YAML front matter from the body of a text file.</summary>
public static class FrontMatter
{
    /// <summary>The parts of a file: YAML text (null when there is none), the body, and the body's first line.</summary>
    public readonly record struct Split(string? Yaml, string Body, int BodyLine, bool Unclosed);

    public static Split Extract(string text)
    {
        if (!StartsWithFence(text, 0))
        {
            return new Split(null, text, 1, false);
        }

        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0)
        {
            return new Split(null, text, 1, true);
        }

        var line = 2;
        var position = firstLineEnd + 1;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            if (content is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new Split(yaml, body, line + 1, false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new Split(null, text, 1, true);
    }

    private static bool StartsWithFence(string text, int start) =>
        text.AsSpan(start).StartsWith("---") &&
        (text.Length == start + 3 || text[start + 3] == '\n' || (text[start + 3] == '\r'));
}
