namespace Site.Search;

/// <summary>
/// What <c>search/index.mjs</c> is asked to index: the built site in <paramref name="Site"/> (its HTML pages get URLs
/// under <paramref name="BasePath"/>) and the turns. Written to a temporary file, never published.
/// </summary>
/// <param name="Language">The site's language as pages declare it in <c>&lt;html lang&gt;</c>; turns are indexed in it
/// so that they land in the same Pagefind index as the pages.</param>
public sealed record SearchRequest(string Site, string BasePath, string Language, IReadOnlyList<TurnRecord> Records);
