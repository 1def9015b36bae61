namespace Site.Glossary;

/// <summary>
/// Where term links point. The links themselves (<c>[text](/glossary/id/){.term data-term="id"}</c>) are written
/// by <see cref="Transcripts.PageMarkdown.TermLinks"/>.
/// </summary>
public static class TermLinkWriter
{
    /// <summary>Site-relative URL of a term's page (the base path is added when the page is rendered).</summary>
    public static string UrlOf(string termId) => $"/glossary/{termId}/";
}
