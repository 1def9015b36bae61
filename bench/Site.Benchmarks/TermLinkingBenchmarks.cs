using BenchmarkDotNet.Attributes;
using Site.Diagnostics;
using Site.Glossary;
using Site.Transcripts;
using GlossaryModel = Site.Glossary.Glossary;

namespace Site.Benchmarks;

/// <summary>
/// Finds the glossary terms in the transcripts, with the glossary of the benchmark input (the corpus's 20 terms, or
/// the repo's glossary with GLOSSARY=repo) and the transcripts parsed by <see cref="TranscriptParser"/>:
/// <see cref="FindAll"/> runs <see cref="GlossaryModel.FindMatches"/> over every paragraph of every turn, one thread;
/// <see cref="CollectUsage"/> is the build's own call, <see cref="GlossaryUsage.Collect"/> (the same matching on
/// all cores, then the mentions grouped by term and counted by speaker for the glossary and speaker pages).
/// </summary>
[MemoryDiagnoser]
public class TermLinkingBenchmarks // not sealed: BenchmarkDotNet derives from benchmark classes
{
    private GlossaryModel _glossary = GlossaryModel.Empty;
    private IReadOnlyList<Transcript> _transcripts = [];
    private IReadOnlyList<string> _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Load();
        var diagnostics = new DiagnosticBag();
        _glossary = GlossaryLoader.Load(corpus.InputFolder, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics.ToSortedList()));
        }

        _transcripts = corpus.Parse();
        _paragraphs = _transcripts
            .SelectMany(transcript => transcript.AllTurns)
            .SelectMany(turn => turn.Paragraphs)
            .Select(paragraph => paragraph.Text)
            .ToList();

        // Preconditions: the corpus mentions a term in most turns, so the glossary must have terms and find them.
        if (_glossary.Terms.Count == 0)
        {
            throw new InvalidOperationException($"{corpus.InputFolder}/{GlossaryLoader.FileName} has no terms");
        }

        if (FindAll() == 0)
        {
            throw new InvalidOperationException($"no glossary term was found in the {_paragraphs.Count} paragraphs of the corpus");
        }
    }

    [Benchmark]
    public int FindAll()
    {
        var matches = 0;
        foreach (var paragraph in _paragraphs)
        {
            matches += _glossary.FindMatches(paragraph).Count;
        }

        return matches;
    }

    [Benchmark]
    public GlossaryUsage CollectUsage() => GlossaryUsage.Collect(_glossary, _transcripts);
}
