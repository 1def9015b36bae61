using System.Runtime.CompilerServices;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>The real exports in <c>Samples/</c> (see its README for where each came from).</summary>
internal static class GrammarSamples
{
    public static string Read(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Samples", name));
}
