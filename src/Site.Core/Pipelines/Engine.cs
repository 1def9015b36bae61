using System.Collections.Concurrent;
using System.Diagnostics;
using Site.Diagnostics;
using Site.Documents;

namespace Site.Pipelines;

/// <summary>
/// Runs pipelines the way Statiq does: every Input phase at once; each Process phase as soon as the pipelines it
/// depends on have processed; then PostProcess and Output, which see every pipeline's Process output.
/// PostProcess and Output stream documents through in small batches on all cores, so the rendered site is
/// never held in memory whole.
/// </summary>
public sealed class Engine
{
    /// <summary>How many documents go through PostProcess and Output together.</summary>
    private const int BatchSize = 8;

    private readonly IReadOnlyList<Pipeline> _pipelines;

    public Engine(IEnumerable<Pipeline> pipelines) => _pipelines = pipelines.ToList();

    /// <summary>
    /// Orders pipelines so that each comes after its dependencies. Returns null (with diagnostics) on an unknown
    /// dependency or a cycle.
    /// </summary>
    public static IReadOnlyList<Pipeline>? Order(IReadOnlyList<Pipeline> pipelines, DiagnosticBag diagnostics)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PipelineCycle, pipeline.Name, 0, 0, $"two pipelines are named '{pipeline.Name}'"));
                return null;
            }
        }

        var ok = true;
        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownDependency, pipeline.Name, 0, 0, $"pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist"));
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = visiting, 2 = done
        var path = new Stack<string>();

        bool Visit(Pipeline pipeline)
        {
            state.TryGetValue(pipeline.Name, out var seen);
            if (seen == 2)
            {
                return true;
            }

            if (seen == 1)
            {
                var cycle = path.Reverse().SkipWhile(name => name != pipeline.Name).Append(pipeline.Name);
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PipelineCycle, pipeline.Name, 0, 0, $"pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}"));
                return false;
            }

            state[pipeline.Name] = 1;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!Visit(byName[dependency]))
                {
                    return false;
                }
            }

            path.Pop();
            state[pipeline.Name] = 2;
            ordered.Add(pipeline);
            return true;
        }

        foreach (var pipeline in pipelines)
        {
            if (!Visit(pipeline))
            {
                return null;
            }
        }

        return ordered;
    }

    public async Task<EngineReport> RunAsync(BuildContext build)
    {
        var timings = new ConcurrentDictionary<(string Pipeline, Phase Phase), long>();
        var moduleCosts = new ConcurrentDictionary<string, (long Ticks, long Bytes)>(StringComparer.Ordinal);
        var ordered = Order(_pipelines, build.Diagnostics);
        if (ordered is null)
        {
            return new EngineReport([], new Dictionary<string, IReadOnlyList<Document>>());
        }

        var empty = new Dictionary<string, IReadOnlyList<Document>>();

        // Input: no pipeline sees another's documents yet.
        var inputTasks = ordered.ToDictionary(
            p => p.Name,
            p => Task.Run(() => RunModulesAsync(p, Phase.Input, [], build, empty, timings, moduleCosts)),
            StringComparer.Ordinal);
        await Task.WhenAll(inputTasks.Values);

        // Process: each pipeline waits for the Process phase of the pipelines it depends on.
        var processTasks = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var dependencyTasks = pipeline.Dependencies.Select(d => (Name: d, Task: processTasks[d])).ToList();
            processTasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencyTasks.Select(d => d.Task));
                var visible = dependencyTasks.ToDictionary(d => d.Name, d => d.Task.Result, StringComparer.Ordinal);
                return await RunModulesAsync(pipeline, Phase.Process, inputTasks[pipeline.Name].Result, build, visible, timings, moduleCosts);
            });
        }

        await Task.WhenAll(processTasks.Values);
        var processOutputs = processTasks.ToDictionary(p => p.Key, p => p.Value.Result, StringComparer.Ordinal);

        // PostProcess then Output, batch by batch, across all pipelines at once.
        var batches = ordered
            .SelectMany(p => processOutputs[p.Name].Chunk(BatchSize).Select(chunk => (Pipeline: p, Documents: (IReadOnlyList<Document>)chunk)))
            .ToList();
        foreach (var pipeline in ordered.Where(p => processOutputs[p.Name].Count == 0 && (p.PostProcess.Count > 0 || p.Output.Count > 0)))
        {
            batches.Add((pipeline, []));
        }

        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = build.CancellationToken },
            async (batch, _) =>
            {
                var processed = await RunModulesAsync(batch.Pipeline, Phase.PostProcess, batch.Documents, build, processOutputs, timings, moduleCosts);
                await RunModulesAsync(batch.Pipeline, Phase.Output, processed, build, processOutputs, timings, moduleCosts);
            });

        var rows = ordered
            .Select(p => new PipelineTiming(
                p.Name,
                processOutputs[p.Name].Count,
                Enum.GetValues<Phase>().Select(phase => TimeSpan.FromTicks(timings.GetValueOrDefault((p.Name, phase)))).ToArray()))
            .ToList();
        return new EngineReport(rows, processOutputs)
        {
            ModuleCosts = moduleCosts
                .OrderByDescending(pair => pair.Value.Ticks)
                .Select(pair => new ModuleCost(pair.Key, TimeSpan.FromTicks(pair.Value.Ticks), pair.Value.Bytes))
                .ToList(),
        };
    }

    private static async Task<IReadOnlyList<Document>> RunModulesAsync(
        Pipeline pipeline,
        Phase phase,
        IReadOnlyList<Document> documents,
        BuildContext build,
        IReadOnlyDictionary<string, IReadOnlyList<Document>> visible,
        ConcurrentDictionary<(string, Phase), long> timings,
        ConcurrentDictionary<string, (long Ticks, long Bytes)> moduleCosts)
    {
        var modules = pipeline.ModulesOf(phase);
        if (modules.Count == 0)
        {
            return documents;
        }

        var context = new PipelineContext(build, pipeline.Name, phase, visible);
        var clock = Stopwatch.StartNew();
        foreach (var module in modules)
        {
            build.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                var thread = Environment.CurrentManagedThreadId;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var moduleClock = Stopwatch.StartNew();
                documents = await module.ExecuteAsync(documents, context);
                (long Ticks, long Bytes) cost = (moduleClock.Elapsed.Ticks, thread == Environment.CurrentManagedThreadId ? GC.GetAllocatedBytesForCurrentThread() - allocated : 0);
                moduleCosts.AddOrUpdate($"{pipeline.Name}/{module.GetType().Name}", cost, (_, total) => (total.Ticks + cost.Ticks, total.Bytes + cost.Bytes));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A module bug must not take the whole build down; report it against the pipeline and go on
                // with no documents from this step.
                build.Diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.ModuleFailed,
                    documents.Count == 1 ? documents[0].Source : pipeline.Name,
                    0,
                    0,
                    $"{module.GetType().Name} failed in the {pipeline.Name} pipeline ({phase}): {exception.Message}"));
                documents = [];
                break;
            }
        }

        timings.AddOrUpdate((pipeline.Name, phase), clock.Elapsed.Ticks, (_, total) => total + clock.Elapsed.Ticks);
        return documents;
    }
}
