using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;

namespace Site.Tests.Pipelines;

public sealed class EngineTests
{
    /// <summary>A module that runs a lambda, for building small test pipelines.</summary>
    private sealed class Step(Func<IReadOnlyList<Document>, PipelineContext, Task<IReadOnlyList<Document>>> run) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) => run(inputs, context);

        public static Step Add(string name) =>
            new((inputs, _) => Task.FromResult<IReadOnlyList<Document>>([.. inputs, new Document { Source = name }]));
    }

    private static async Task<(EngineReport Report, IReadOnlyList<Diagnostic> Diagnostics)> RunAsync(params Pipeline[] pipelines)
    {
        var diagnostics = new DiagnosticBag();
        var report = await new Engine(pipelines).RunAsync(new BuildContext(diagnostics));
        return (report, diagnostics.ToSortedList());
    }

    [Fact]
    public void Order_puts_dependencies_first()
    {
        var pipelines = new[]
        {
            new Pipeline("Pages") { Dependencies = { "Glossary", "Transcripts" } },
            new Pipeline("Glossary") { Dependencies = { "Transcripts" } },
            new Pipeline("Transcripts"),
        };

        var ordered = Engine.Order(pipelines, new DiagnosticBag());

        Assert.Equal(["Transcripts", "Glossary", "Pages"], ordered!.Select(p => p.Name));
    }

    [Fact]
    public async Task A_cycle_is_an_error_that_names_it()
    {
        var (_, diagnostics) = await RunAsync(
            new Pipeline("A") { Dependencies = { "B" } },
            new Pipeline("B") { Dependencies = { "C" } },
            new Pipeline("C") { Dependencies = { "A" } });

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.PipelineCycle, error.Code);
        Assert.Contains("A -> B -> C -> A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dependency_is_an_error()
    {
        var (_, diagnostics) = await RunAsync(new Pipeline("A") { Dependencies = { "Missing" } });

        Assert.Equal(DiagnosticCodes.UnknownDependency, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Independent_pipelines_process_at_the_same_time()
    {
        // Each pipeline waits until the other has started: run one after the other, they would time out.
        var aStarted = new TaskCompletionSource();
        var bStarted = new TaskCompletionSource();
        Step Meet(TaskCompletionSource mine, TaskCompletionSource other) => new(async (inputs, _) =>
        {
            mine.SetResult();
            await other.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return inputs;
        });

        var (_, diagnostics) = await RunAsync(
            new Pipeline("A") { Process = { Meet(aStarted, bStarted) } },
            new Pipeline("B") { Process = { Meet(bStarted, aStarted) } });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Process_sees_its_dependencies_and_waits_for_them()
    {
        var seen = new List<string>();
        var (_, diagnostics) = await RunAsync(
            new Pipeline("Reader")
            {
                Dependencies = { "Writer" },
                Process =
                {
                    new Step((inputs, context) =>
                    {
                        seen.AddRange(context.OutputsOf("Writer").Select(d => d.Source));
                        return Task.FromResult(inputs);
                    }),
                },
            },
            new Pipeline("Writer") { Input = { Step.Add("one") }, Process = { Step.Add("two") } });

        Assert.Empty(diagnostics);
        Assert.Equal(["one", "two"], seen);
    }

    [Fact]
    public async Task Process_cannot_see_a_pipeline_it_does_not_depend_on()
    {
        var (_, diagnostics) = await RunAsync(
            new Pipeline("Reader") { Process = { new Step((inputs, context) => Task.FromResult(context.OutputsOf("Other"))) } },
            new Pipeline("Other") { Input = { Step.Add("x") } });

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ModuleFailed, error.Code);
        Assert.Contains("has not declared as a dependency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostProcess_sees_every_pipelines_process_output()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var (_, diagnostics) = await RunAsync(
            new Pipeline("Pages")
            {
                Input = { Step.Add("page") },
                PostProcess =
                {
                    new Step((inputs, context) =>
                    {
                        foreach (var document in context.AllOutputs())
                        {
                            seen.Add(document.Source);
                        }

                        return Task.FromResult(inputs);
                    }),
                },
            },
            new Pipeline("Assets") { Input = { Step.Add("asset") } });

        Assert.Empty(diagnostics);
        Assert.Equal(["asset", "page"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failing_module_becomes_a_diagnostic_not_a_crash()
    {
        var (report, diagnostics) = await RunAsync(
            new Pipeline("Broken") { Process = { new Step((_, _) => throw new InvalidOperationException("boom")) } });

        Assert.Contains("boom", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        Assert.Single(report.Timings);
    }

    [Fact]
    public async Task The_timing_table_has_a_row_per_pipeline()
    {
        var (report, _) = await RunAsync(new Pipeline("Content") { Input = { Step.Add("a") } }, new Pipeline("Assets"));

        var lines = report.FormatTable().TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("pipeline", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("Content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Module_costs_count_what_each_module_allocated()
    {
        var (report, _) = await RunAsync(new Pipeline("Pages")
        {
            Input = { Step.Add("a") },
            Process =
            {
                new Step((inputs, _) =>
                {
                    GC.KeepAlive(new byte[4 << 20]);
                    return Task.FromResult(inputs);
                }),
            },
        });

        var costs = report.ModuleCosts.ToDictionary(cost => cost.Module, StringComparer.Ordinal);
        Assert.Equal(["Pages/Step"], costs.Keys);
        Assert.InRange(costs["Pages/Step"].AllocatedBytes, 4 << 20, 6 << 20);
    }
}
