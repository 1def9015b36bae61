using System.Globalization;

namespace Site.People;

/// <summary>
/// The URLs of the people pages: <c>/people/</c> (everyone), <c>/people/&lt;slug&gt;/</c> (a person) and
/// <c>/people/&lt;slug&gt;/page/N/</c> (the further pages of someone who speaks in many transcripts).
/// </summary>
public static class PeopleUrls
{
    public const string Index = "/people/";

    public static string Person(string slug, int page = 1) =>
        page <= 1 ? $"{Index}{slug}/" : string.Create(CultureInfo.InvariantCulture, $"{Index}{slug}/page/{page}/");
}
