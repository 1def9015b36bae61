using System.Text;

namespace Site.Transcripts.Charts;

/// <summary>
/// The fills of chart marks: a speaker's colour with a pattern on it (solid, stripes, dots, ...), so speakers stay
/// apart for readers who cannot tell the colours apart. Each chart writes its own definitions under its own prefix
/// (ids are unique on the page and a chart can be read on its own); the colour comes from the theme's CSS.
/// </summary>
public static class ChartPatterns
{
    // Drawn in white over the colour, half transparent: visible on every theme colour in light and dark mode.
    private static readonly string[] Marks =
    [
        "",
        "<path d=\"M0 6L6 0\" class=\"pm\"/>",
        "<circle cx=\"3\" cy=\"3\" r=\"1.2\" class=\"pd\"/>",
        "<path d=\"M0 3H6\" class=\"pm\"/>",
        "<path d=\"M3 0V6\" class=\"pm\"/>",
        "<path d=\"M0 0L6 6M0 6L6 0\" class=\"pm\"/>",
    ];

    public static int Count => Marks.Length;

    /// <summary>The <c>&lt;defs&gt;</c> with one pattern per accent class and mark, as the chart uses them.</summary>
    public static void AppendDefinitions(StringBuilder html, string prefix, IEnumerable<(string AccentClass, int Pattern)> fills)
    {
        html.Append("<defs>");
        foreach (var (accent, pattern) in fills.Distinct())
        {
            html.Append("<pattern id=\"").Append(Id(prefix, accent, pattern))
                .Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" class=\"")
                .Append(accent).Append("\"/>").Append(Marks[pattern]).Append("</pattern>");
        }

        html.Append("</defs>");
    }

    public static string Id(string prefix, string accentClass, int pattern) => $"{prefix}-{accentClass}-{pattern}";

    public static string Fill(string prefix, string accentClass, int pattern) => $"url(#{Id(prefix, accentClass, pattern)})";
}
