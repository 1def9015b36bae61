namespace Site.Glossary;

/// <summary>A reference link of a glossary term.</summary>
public sealed record GlossaryLink(string Title, string Url);

/// <summary>One entry of <c>input/glossary.yml</c>.</summary>
public sealed record GlossaryTerm(
    string Id,
    string Zh,
    string En,
    IReadOnlyList<string> Aliases,
    string ShortDefinition,
    string? ShortDefinitionEn,
    string Definition,
    string? Category,
    IReadOnlyList<string> Related,
    IReadOnlyList<GlossaryLink> Links,
    int Line);

/// <summary>Where an alias of a term occurs in a text: <c>text.Substring(Start, Length)</c> names <see cref="TermId"/>.</summary>
public readonly record struct TermMatch(int Start, int Length, string TermId);
