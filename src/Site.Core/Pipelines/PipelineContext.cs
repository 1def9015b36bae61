using Site.Documents;

namespace Site.Pipelines;

/// <summary>What a module sees while it runs: the build it belongs to, where it runs, and other pipelines' output.</summary>
public sealed class PipelineContext
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Document>> _processOutputs;

    internal PipelineContext(
        BuildContext build,
        string pipeline,
        Phase phase,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> processOutputs)
    {
        Build = build;
        Pipeline = pipeline;
        Phase = phase;
        _processOutputs = processOutputs;
    }

    public BuildContext Build { get; }

    public string Pipeline { get; }

    public Phase Phase { get; }

    public CancellationToken CancellationToken => Build.CancellationToken;

    /// <summary>
    /// The Process output of another pipeline. Available for the pipelines this one depends on (from its own
    /// Process phase on) and for every pipeline in PostProcess and Output.
    /// </summary>
    public IReadOnlyList<Document> OutputsOf(string pipeline)
    {
        if (_processOutputs.TryGetValue(pipeline, out var documents))
        {
            return documents;
        }

        throw new InvalidOperationException(
            $"Pipeline '{Pipeline}' asked for the output of '{pipeline}' in {Phase}, which it has not declared as a dependency.");
    }

    /// <summary>The Process output of every pipeline that is visible from here.</summary>
    public IEnumerable<Document> AllOutputs() => _processOutputs.Values.SelectMany(documents => documents);
}
