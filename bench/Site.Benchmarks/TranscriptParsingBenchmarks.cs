using BenchmarkDotNet.Attributes;
using Site.Transcripts;

namespace Site.Benchmarks;

/// <summary>Parses every raw transcript of the corpus (about 31.6 KB each) with <see cref="TranscriptParser"/>.</summary>
[MemoryDiagnoser]
public class TranscriptParsingBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private IReadOnlyList<RawTranscript> _transcripts = [];

    [GlobalSetup]
    public void Setup()
    {
        _transcripts = Corpus.Load().Transcripts;
        try
        {
            var first = TranscriptParser.Parse(_transcripts[0].Text, $"transcripts/{_transcripts[0].Id}.txt", _transcripts[0].Id);
            if (first.Transcript is null || first.Transcript.Sections.Count == 0)
            {
                throw new InvalidOperationException($"TranscriptParser found no sections in {_transcripts[0].Id}.txt: {string.Join("; ", first.Diagnostics)}");
            }
        }
        catch (NotImplementedException exception)
        {
            // TODO(issue 8): TranscriptParser.Parse is a stub on main ("parser in progress"). This benchmark
            // needs no change once the parser lands; until then it stops here instead of timing nothing.
            throw new NotSupportedException("TODO(issue 8): TranscriptParser.Parse is not implemented yet", exception);
        }
    }

    [Benchmark]
    public int ParseAll()
    {
        var turns = 0;
        foreach (var transcript in _transcripts)
        {
            var result = TranscriptParser.Parse(transcript.Text, $"transcripts/{transcript.Id}.txt", transcript.Id);
            turns += result.Transcript?.Sections.Sum(s => s.Turns.Count) ?? 0;
        }

        return turns;
    }
}
