namespace Site.Benchmarks;

/// <summary>A raw transcript of the corpus (gen_corpus.py <c>raw/tNNNN.txt</c>).</summary>
public sealed record RawTranscript(string Id, string Text);

/// <summary>A page of the peers' Hugo site: its URL, title and Markdown body (glossary links already resolved).</summary>
public sealed record MarkdownPage(string Url, string Title, string Markdown);

/// <summary>
/// The generated corpus the benchmarks read. bench/profile.sh makes it and names its folders in environment
/// variables, which BenchmarkDotNet's child processes inherit.
/// </summary>
public sealed class Corpus
{
    /// <summary>Output folder of gen_corpus.py (holds <c>raw/</c> and <c>hugo/</c>).</summary>
    public const string CorpusVariable = "SITE_BENCH_CORPUS";

    /// <summary>Site input folder made by bench/make_site_input.py from that corpus.</summary>
    public const string InputVariable = "SITE_BENCH_INPUT";

    /// <summary>Theme folder (the repository's <c>theme/</c>).</summary>
    public const string ThemeVariable = "SITE_BENCH_THEME";

    private Corpus(string folder, string input, string theme)
    {
        Folder = folder;
        InputFolder = input;
        ThemeFolder = theme;
        Transcripts = Directory.GetFiles(Path.Combine(folder, "raw"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new RawTranscript(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
        Paragraphs = Transcripts
            .SelectMany(t => t.Text.Split('\n'))
            .Where(line => line.Length > 0)
            .ToList();
        var content = Path.Combine(folder, "hugo", "content");
        Pages = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => ReadPage(content, path))
            .ToList();
    }

    public string Folder { get; }

    public string InputFolder { get; }

    public string ThemeFolder { get; }

    public IReadOnlyList<RawTranscript> Transcripts { get; }

    /// <summary>The non-empty lines of every transcript: what term linking scans.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<MarkdownPage> Pages { get; }

    public static Corpus Load() => new(Required(CorpusVariable), Required(InputVariable), Required(ThemeVariable));

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"{variable} does not name a folder: run the benchmarks through bench/profile.sh");

    private static MarkdownPage ReadPage(string content, string path)
    {
        var text = File.ReadAllText(path);
        var title = string.Empty;
        if (text.StartsWith("---\n", StringComparison.Ordinal) && text.IndexOf("\n---\n", 4, StringComparison.Ordinal) is var end and > 0)
        {
            title = text[4..end].Split('\n').FirstOrDefault(l => l.StartsWith("title: ", StringComparison.Ordinal))?[7..].Trim('"') ?? string.Empty;
            text = text[(end + 5)..];
        }

        var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
        var withoutName = relative.EndsWith("_index.md", StringComparison.Ordinal) ? relative[..^"_index.md".Length] : relative[..^".md".Length] + "/";
        return new MarkdownPage("/" + withoutName, title, text);
    }
}
