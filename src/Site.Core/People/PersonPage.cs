namespace Site.People;

/// <summary>
/// One page of a person, planned in Process (<see cref="GeneratePeoplePages"/>) and written in PostProcess
/// (<see cref="WritePersonPages"/>): what it needs of the transcripts is in the small <see cref="PersonAppearance"/>
/// records, shared by the person's pages, so no page's Markdown or HTML waits in memory for its turn to be written.
/// </summary>
/// <param name="Number">This page, from 1; <paramref name="Count"/> pages in all.</param>
public sealed record PersonPage(Person Person, PersonAppearances Appearances, int Number, int Count);
