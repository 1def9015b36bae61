using Site.Diagnostics;

namespace Site.Tests.Glossary;

/// <summary>Small glossaries for tests, and the repository's own.</summary>
internal static class TestGlossary
{
    public static string RepoRoot { get; } = FindRoot();

    public static Site.Glossary.Glossary Of(params (string Id, string[] Aliases)[] terms) =>
        new([.. terms.Select(t => new Site.Glossary.GlossaryTerm(t.Id, t.Aliases[0], t.Aliases[^1], t.Aliases, "short " + t.Id, null, "definition", null, [], [], 1))]);

    public static Site.Glossary.Glossary Real()
    {
        var diagnostics = new DiagnosticBag();
        var glossary = Site.Glossary.GlossaryLoader.Load(Path.Combine(RepoRoot, "input"), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return glossary;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Site.sln) above " + AppContext.BaseDirectory);
    }
}
