using Site.Transcripts;

namespace Site.Benchmarks;

/// <summary>A raw transcript of the corpus (gen_corpus.py <c>raw/tNNNN.txt</c>, copied unchanged to the input's <c>transcripts/</c>).</summary>
public sealed record RawTranscript(string Id, string Text)
{
    /// <summary>The path Site reports for it, as in a build (<c>transcripts/tNNNN.txt</c>).</summary>
    public string SourcePath => $"transcripts/{Id}.txt";
}

/// <summary>
/// The generated corpus the benchmarks read. bench/profile.sh makes it and names its folders in environment
/// variables, which BenchmarkDotNet's child processes inherit.
/// </summary>
public sealed class Corpus
{
    /// <summary>Output folder of gen_corpus.py (holds <c>raw/</c>).</summary>
    public const string CorpusVariable = "SITE_BENCH_CORPUS";

    /// <summary>Site input folder made by bench/make_site_input.py from that corpus.</summary>
    public const string InputVariable = "SITE_BENCH_INPUT";

    /// <summary>Theme folder (the repository's <c>theme/</c>).</summary>
    public const string ThemeVariable = "SITE_BENCH_THEME";

    private Corpus(string folder, string input, string theme)
    {
        Folder = folder;
        InputFolder = Path.GetFullPath(input);
        ThemeFolder = Path.GetFullPath(theme);
        Transcripts = Directory.GetFiles(Path.Combine(folder, "raw"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new RawTranscript(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
        if (Transcripts.Count == 0)
        {
            throw new InvalidOperationException($"the corpus in {folder} has no raw/*.txt transcripts");
        }
    }

    public string Folder { get; }

    public string InputFolder { get; }

    public string ThemeFolder { get; }

    public IReadOnlyList<RawTranscript> Transcripts { get; }

    public static Corpus Load() => new(Required(CorpusVariable), Required(InputVariable), Required(ThemeVariable));

    /// <summary>Every transcript parsed with <see cref="TranscriptParser"/>, as a build parses them; a transcript that does not parse stops the setup.</summary>
    public IReadOnlyList<Transcript> Parse() =>
        Transcripts.Select(raw =>
        {
            var result = TranscriptParser.Parse(raw.Text, raw.SourcePath, raw.Id);
            return result.Transcript is { Sections.Count: > 0 } transcript && !result.Diagnostics.Any(d => d.IsError)
                ? transcript
                : throw new InvalidOperationException($"{raw.SourcePath} did not parse into sections: {string.Join("; ", result.Diagnostics)}");
        }).ToList();

    /// <summary>A new empty folder for a benchmark to build or write into; delete it with <see cref="Building.OutputFolder.TryDelete"/>.</summary>
    public static string ScratchFolder(string name) => Directory.CreateTempSubdirectory($"site-bench-{name}-").FullName;

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException($"{variable} does not name a folder: run the benchmarks through bench/profile.sh");
}
