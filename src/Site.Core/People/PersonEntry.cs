namespace Site.People;

/// <summary>
/// A person as <c>people.yml</c> describes them. <paramref name="Id"/> is their slug site-wide (<c>/people/&lt;id&gt;/</c>);
/// <paramref name="Aliases"/> are other names speakers go by that mean this person.
/// </summary>
/// <param name="Photo">A path or URL of a picture (checked with SafeUrl), or null.</param>
public sealed record PersonEntry(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Bio,
    IReadOnlyList<PersonLink> Links,
    string? Photo,
    int Line);

/// <summary>A link about a person (a homepage, a profile): its title and a safe URL.</summary>
public sealed record PersonLink(string Title, string Url);
