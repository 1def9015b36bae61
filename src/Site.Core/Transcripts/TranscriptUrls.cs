namespace Site.Transcripts;

/// <summary>
/// The URL scheme of transcript pages, in one place (documented in README.md, "URLs"):
/// <list type="bullet">
/// <item><c>/&lt;transcript&gt;/</c> overview (or <c>/</c> when the site has exactly one transcript)</item>
/// <item><c>/&lt;transcript&gt;/s01/</c> a section, <c>#s01-t03</c> a turn in it</item>
/// <item><c>/&lt;transcript&gt;/speakers/&lt;slug&gt;/</c> a speaker</item>
/// <item><c>/sections/</c> and <c>/speakers/</c> the indexes</item>
/// <item><c>/md/&lt;page path&gt;.md</c> the Markdown each page was rendered from</item>
/// </list>
/// </summary>
public sealed class TranscriptUrls(bool singleTranscript)
{
    public const string SectionsIndex = "/sections/";
    public const string SpeakersIndex = "/speakers/";

    /// <summary>Transcripts listed on each page of the sections and speakers indexes, as on the home page.</summary>
    public const int PerIndexPage = Episodes.EpisodePages.PerPage;

    /// <summary>Page <paramref name="number"/> (from 1) of an index: the index itself, then <c>page/2/</c> below it, ...</summary>
    public static string IndexPage(string index, int number) => number <= 1 ? index : $"{index}page/{number}/";

    public bool SingleTranscript { get; } = singleTranscript;

    public string Overview(Transcript transcript) => SingleTranscript ? "/" : $"/{transcript.Id}/";

    public static string Section(Transcript transcript, Section section) => $"/{transcript.Id}/{section.Slug}/";

    public static string Turn(Transcript transcript, Section section, Turn turn) => $"{Section(transcript, section)}#{turn.Id}";

    public static string Speaker(Transcript transcript, Speaker speaker) => $"/{transcript.Id}/speakers/{speaker.Slug}/";

    /// <summary>
    /// An ASCII slug of a file name: lower case letters, digits and hyphens, other scripts transliterated
    /// (<c>访谈</c> gives <c>fang-tan</c>); <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string Slugify(string name, string fallback)
    {
        var transliterated = Transliteration.TextSlug(TextRules.Fold(name));
        return transliterated.Length > 0 ? transliterated : AsciiSlug(name, fallback);
    }

    /// <summary>The letters and digits of <paramref name="name"/> that are ASCII already, without transliteration.</summary>
    public static string AsciiSlug(string name, string fallback)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var character in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(character);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }
}
