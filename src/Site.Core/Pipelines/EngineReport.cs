using System.Globalization;
using System.Text;
using Site.Documents;

namespace Site.Pipelines;

/// <summary>Time spent per pipeline and phase (indexed by <see cref="Phase"/>), and how many documents it processed.</summary>
public sealed record PipelineTiming(string Pipeline, int Documents, IReadOnlyList<TimeSpan> Phases);

/// <summary>
/// What one module cost over a build: time summed over batches and threads, and the bytes it allocated on the thread
/// that called it. A lower bound: what a module hands to other threads (the parts of a parallel loop the pool runs)
/// or does after an await that resumed on another thread is not counted, the thread's own share of a parallel loop
/// is.
/// </summary>
public readonly record struct ModuleCost(string Module, TimeSpan Time, long AllocatedBytes);

/// <summary>What a run of the engine produced: timings and the Process output of each pipeline.</summary>
public sealed record EngineReport(
    IReadOnlyList<PipelineTiming> Timings,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> ProcessOutputs)
{
    /// <summary>What each module (<c>Pipeline/Module</c>) cost, slowest first.</summary>
    public IReadOnlyList<ModuleCost> ModuleCosts { get; init; } = [];

    /// <summary>A short fixed-width table, one row per pipeline; PostProcess and Output are summed over threads.</summary>
    public string FormatTable()
    {
        if (Timings.Count == 0)
        {
            return string.Empty;
        }

        var width = Math.Max("pipeline".Length, Timings.Max(t => t.Pipeline.Length));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"pipeline".PadRight(width)}  {"docs",6}  {"input",8}  {"process",8}  {"post",8}  {"output",8}\n");
        foreach (var row in Timings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Pipeline.PadRight(width)}  {row.Documents,6}");
            foreach (var phase in row.Phases)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {phase.TotalMilliseconds,6:0.0}ms");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
