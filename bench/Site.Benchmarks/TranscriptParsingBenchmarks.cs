using BenchmarkDotNet.Attributes;
using Site.Transcripts;

namespace Site.Benchmarks;

/// <summary>
/// Parses every raw transcript of the corpus (about 31.6 KB each) with <see cref="TranscriptParser"/>: what the
/// build's <c>ParseTranscript</c> module does for each file of <c>transcripts/</c>.
/// </summary>
[MemoryDiagnoser]
public class TranscriptParsingBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private IReadOnlyList<RawTranscript> _transcripts = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        _transcripts = corpus.Transcripts;

        // Precondition: every transcript parses into sections without errors, so the benchmark times real turns.
        _ = corpus.Parse();
    }

    [Benchmark]
    public int ParseAll()
    {
        var turns = 0;
        foreach (var transcript in _transcripts)
        {
            var result = TranscriptParser.Parse(transcript.Text, transcript.SourcePath, transcript.Id);
            turns += result.Transcript?.Sections.Sum(s => s.Turns.Count) ?? 0;
        }

        return turns;
    }
}
