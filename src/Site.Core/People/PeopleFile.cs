namespace Site.People;

/// <summary>The entries of <c>input/people.yml</c> (none when there is no such file) and the path diagnostics name.</summary>
public sealed record PeopleFile(IReadOnlyList<PersonEntry> People, string SourcePath)
{
    public const string FileName = "people.yml";

    public static PeopleFile Empty { get; } = new([], FileName);

    public PersonEntry? Find(string id) => People.FirstOrDefault(person => person.Id == id);
}
