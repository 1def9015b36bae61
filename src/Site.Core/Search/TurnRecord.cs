namespace Site.Search;

/// <summary>
/// One turn as the search index sees it: what was said, where it lands (the turn's anchor on its section page, base
/// path included) and who said it. <paramref name="Title"/> is <c>speaker · section</c>, shown as the result's title;
/// <paramref name="Speaker"/> and <paramref name="Section"/> are also the values of the search filters.
/// </summary>
public sealed record TurnRecord(string Url, string Content, string Title, string Speaker, string Section, string Transcript);
