using System.Text.Json;

namespace Site.Search;

/// <summary>
/// Pagefind's own command line indexing a list of written pages. A build indexes this way, once its pages are on disk:
/// the command reads and indexes pages on several threads and costs less CPU than the service mode fed page by page
/// (bench/README.md), which the dev server keeps for re-indexing a few pages.
/// </summary>
internal static class PagefindCommand
{
    /// <summary>Pagefind reads environment variables named so as settings; a user's would change what the build asked for.</summary>
    internal const string SettingsPrefix = "PAGEFIND_";

    /// <summary>Indexes <paramref name="pages"/> of <paramref name="site"/> into <paramref name="output"/>; the pages it indexed.</summary>
    /// <param name="pages">Paths in the site with forward slashes (<c>a/index.html</c>); Pagefind's URL for each is its folder.</param>
    /// <exception cref="InvalidOperationException">Pagefind could not be run or failed; the message says why.</exception>
    public static async Task<int> RunAsync(string binary, string site, IReadOnlyList<string> pages, string output, string language, CancellationToken cancellationToken)
    {
        // The page list can outgrow a command-line argument (128 KiB on Linux), so it goes in a configuration file,
        // read from the working directory: a folder of our own, with nothing else Pagefind could pick up.
        var work = Directory.CreateTempSubdirectory("site-pagefind-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(work, "pagefind.json"), Configuration(site, pages, output, language), cancellationToken);
            var run = await ToolProcess.RunAsync(binary, ["--quiet"], work, cancellationToken, withoutPrefix: SettingsPrefix)
                ?? throw new InvalidOperationException($"{binary} could not be started");
            if (!run.Succeeded)
            {
                throw new InvalidOperationException($"Pagefind exited with code {run.ExitCode}: {run.Tail()}");
            }

            // Pagefind logs a glob it cannot read, writes an index of no pages and exits 0: an empty index with something
            // said is a failure. Listed pages without words give an empty index and no message.
            var indexed = IndexedPages(output);
            return indexed > 0 || pages.Count == 0 || run.Tail().Length == 0
                ? indexed
                : throw new InvalidOperationException($"Pagefind indexed none of the {pages.Count} pages: {run.Tail()}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static byte[] Configuration(string site, IReadOnlyList<string> pages, string output, string language)
    {
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("site", Path.GetFullPath(site));
            writer.WriteString("output_path", Path.GetFullPath(output));
            writer.WriteString("force_language", language);
            writer.WriteString("glob", Glob(pages));
            writer.WriteStartArray("exclude_selectors");
            foreach (var selector in IndexSite.ExcludeSelectors)
            {
                writer.WriteStringValue(selector);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return json.ToArray();
    }

    /// <summary>A glob matching exactly these paths: <c>{a/index.html,b/index.html}</c>, glob syntax in names escaped.</summary>
    internal static string Glob(IReadOnlyList<string> pages)
    {
        if (pages.Count == 0)
        {
            return "**/*.{html}";
        }

        var glob = new System.Text.StringBuilder("{");
        foreach (var page in pages)
        {
            if (glob.Length > 1)
            {
                glob.Append(',');
            }

            foreach (var character in page)
            {
                if (@"\*?$:<>()[]{},".Contains(character))
                {
                    glob.Append('\\');
                }

                glob.Append(character);
            }
        }

        return glob.Append('}').ToString();
    }

    /// <summary>The pages of the index written to <paramref name="output"/>, as its entry file counts them per language.</summary>
    private static int IndexedPages(string output)
    {
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "pagefind-entry.json")));
        return entry.RootElement.TryGetProperty("languages", out var languages)
            ? languages.EnumerateObject().Sum(language => language.Value.TryGetProperty("page_count", out var count) ? count.GetInt32() : 0)
            : 0;
    }
}
