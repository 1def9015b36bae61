using Microsoft.AspNetCore.StaticFiles;

namespace Site.Serving;

/// <summary>Content types by extension; text types say <c>charset=utf-8</c> because every file the build writes is UTF-8.</summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".css", ".js", ".mjs", ".json", ".webmanifest", ".map", ".xml", ".txt", ".md", ".svg", ".csv", ".vtt", ".srt",
    };

    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        var type = Provider.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return TextExtensions.Contains(extension) ? $"{type}; charset=utf-8" : type;
    }

    public static bool IsHtml(string path) =>
        Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase) ||
        Path.GetExtension(path).Equals(".htm", StringComparison.OrdinalIgnoreCase);

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        // The provider's defaults are older than these conventions (RFC 9239 for JavaScript, RFC 7763 for Markdown).
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".md"] = "text/markdown";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".map"] = "application/json";
        // A timed transcript's exports, as their <link rel="alternate"> name them.
        provider.Mappings[".vtt"] = "text/vtt";
        provider.Mappings[".srt"] = "application/x-subrip";
        return provider;
    }
}
