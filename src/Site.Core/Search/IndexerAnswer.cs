namespace Site.Search;

/// <summary>The JSON line <c>search/index.mjs</c> prints on stdout when it is done.</summary>
public sealed record IndexerAnswer(int Pages, int Turns, int Milliseconds);
