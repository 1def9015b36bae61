namespace Site.Pipelines;

/// <summary>A named list of modules per phase, plus the pipelines whose Process output it needs first.</summary>
public sealed class Pipeline
{
    public Pipeline(string name) => Name = name;

    public string Name { get; }

    public List<string> Dependencies { get; init; } = [];

    public List<IModule> Input { get; init; } = [];

    public List<IModule> Process { get; init; } = [];

    public List<IModule> PostProcess { get; init; } = [];

    public List<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };

    public override string ToString() => Name;
}
