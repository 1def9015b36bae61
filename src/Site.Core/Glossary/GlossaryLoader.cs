using Site.Diagnostics;
using Site.Pipelines;

namespace Site.Glossary;

/// <summary>Loads <c>input/glossary.yml</c> once per build.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    public static Glossary Get(PipelineContext context, string inputRoot) =>
        context.Build.GetOrCreate("glossary", () => Load(inputRoot, context.Build.Diagnostics));

    public static Glossary Load(string inputRoot, DiagnosticBag diagnostics) => Glossary.Empty;
}
