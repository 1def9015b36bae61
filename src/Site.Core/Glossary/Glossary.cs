namespace Site.Glossary;

/// <summary>The site's glossary: its terms and the matcher that finds their aliases in text.</summary>
public sealed class Glossary
{
    private readonly Dictionary<string, GlossaryTerm> _byId;
    private readonly AliasMatcher _matcher;

    public Glossary(IReadOnlyList<GlossaryTerm> terms, string sourcePath = GlossaryLoader.FileName)
    {
        Terms = terms;
        SourcePath = sourcePath;
        _byId = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            _byId.TryAdd(term.Id, term);
        }

        // Built once: FindMatches runs over every paragraph of every page.
        _matcher = new AliasMatcher(terms.SelectMany(term => NamesOf(term).Select(alias => (alias, term.Id))));
    }

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>The glossary file as shown in diagnostics.</summary>
    public string SourcePath { get; }

    public GlossaryTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every non-overlapping alias occurrence in <paramref name="text"/>, left to right, longest match first.</summary>
    public IReadOnlyList<TermMatch> FindMatches(string text) => Terms.Count == 0 || text.Length == 0 ? [] : _matcher.FindMatches(text);

    /// <summary>The strings that name a term in text: its aliases plus its Chinese and English names.</summary>
    public static IEnumerable<string> NamesOf(GlossaryTerm term) =>
        term.Aliases.Append(term.Zh).Append(term.En).Where(name => name.Trim().Length > 0).Distinct(StringComparer.Ordinal);
}
