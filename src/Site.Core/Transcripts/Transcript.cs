namespace Site.Transcripts;

/// <summary>
/// A parsed conversation transcript: who spoke, in which sections, saying what. Every part keeps the line it
/// came from so diagnostics and "edit this" links point into the source file.
/// </summary>
/// <param name="Id">ASCII slug of the transcript, from its file name (<c>sora-panel.txt</c> gives <c>sora-panel</c>).</param>
/// <param name="SourcePath">The file as shown in diagnostics.</param>
/// <param name="Title">From front matter, else the first line that is not scrape noise.</param>
/// <param name="Date">Front matter <c>date</c>, as written.</param>
/// <param name="SourceUrl">Front matter <c>source</c> (where the transcript was published), or null.</param>
/// <param name="Credit">The closing credit line (<c>本文来自微信公众号...</c>), shown in the footer, or null.</param>
/// <param name="Lede">Paragraphs that are neither blocks, headings nor turns, before the first section.</param>
/// <param name="Speakers">Everyone who speaks, in the order of the guest block (host last if listed last).</param>
/// <param name="Highlights">Entries of the highlights block, without their numbering.</param>
/// <param name="Sections">The numbered sections in order; turns before the first heading form a section with an empty title.</param>
public sealed record Transcript(
    string Id,
    string SourcePath,
    string Title,
    string? Date,
    string? SourceUrl,
    string? Credit,
    IReadOnlyList<Paragraph> Lede,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Paragraph> Highlights,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Front matter or sidecar <c>media</c>: the URL of the recording (audio or video), or null.</summary>
    public string? Media { get; init; }

    /// <summary>Front matter or sidecar <c>language</c> (a BCP 47 tag such as <c>en</c>), or null for the site's.</summary>
    public string? Language { get; init; }

    /// <summary>Front matter choices of the turn that discusses a highlight, each naming a real turn and highlight.</summary>
    public IReadOnlyList<Highlights.HighlightPin> HighlightPins { get; init; } = [];

    /// <summary>True when any turn knows when it starts: the source had times (WebVTT, SRT, JSON, stamped text).</summary>
    public bool IsTimed
    {
        get
        {
            foreach (var section in Sections)
            {
                foreach (var turn in section.Turns)
                {
                    if (turn.Start is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    public Speaker? FindSpeaker(string slug)
    {
        // Called for every turn of every page: an index loop, where a query or a foreach over the interface
        // would allocate on each call.
        for (var index = 0; index < Speakers.Count; index++)
        {
            if (Speakers[index].Slug == slug)
            {
                return Speakers[index];
            }
        }

        return null;
    }

    public IEnumerable<Turn> AllTurns => Sections.SelectMany(section => section.Turns);
}

/// <summary>
/// A person who speaks. <paramref name="Slug"/> is ASCII and unique within the transcript: front matter
/// <c>slug</c>, else the first ASCII alias or name (<c>Ethan</c> gives <c>ethan</c>), else <c>host</c> for the host, else
/// the name transliterated (<c>鲁为民</c> gives <c>lu-weimin</c>), else <c>speaker-N</c> with N the position in the guest list.
/// </summary>
/// <param name="Aliases">Other names the speaker goes by in turn prefixes (e.g. <c>Ethan</c>, <c>腾讯科技</c>).</param>
/// <param name="Role">A role such as <c>主持人</c> or <c>Host</c>, or null.</param>
/// <param name="IsHost">True for the moderator (role host/主持人/moderator).</param>
public sealed record Speaker(
    string Name,
    string Slug,
    IReadOnlyList<string> Aliases,
    string? Role,
    string Bio,
    bool IsHost,
    int Line)
{
    /// <summary>Front matter or sidecar <c>person</c>: the <c>people.yml</c> id this speaker is, or null (matched by name).</summary>
    public string? Person { get; init; }
}

/// <summary>A numbered section. <paramref name="Slug"/> is <c>s01</c>, <c>s02</c>, ... in order.</summary>
public sealed record Section(int Number, string Title, string Slug, int Line, IReadOnlyList<Turn> Turns)
{
    /// <summary>Where the section starts in the recording, in seconds (a chapter's start), or null when untimed.</summary>
    public double? Start { get; init; }

    /// <summary>
    /// Paragraphs between the heading and the section's first turn (a narrator's introduction); usually empty.
    /// Before the first section such paragraphs are the transcript's Lede instead.
    /// </summary>
    public IReadOnlyList<Paragraph> Intro { get; init; } = [];
}

/// <summary>
/// One speaker's uninterrupted contribution: the paragraph with the <c>Name:</c> prefix (without the prefix) and
/// the paragraphs that follow it without one. <paramref name="Id"/> is unique in the transcript: <c>s01-t03</c>.
/// </summary>
public sealed record Turn(string Id, string SpeakerSlug, int Line, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>Seconds from the start of the recording where the turn starts; null for untimed transcripts.</summary>
    public double? Start { get; init; }

    /// <summary>Seconds where the turn ends, where the source says (a cue's end time); else null.</summary>
    public double? End { get; init; }
}

/// <summary>A paragraph of plain text (never markup) and the line it starts on.</summary>
public sealed record Paragraph(string Text, int Line)
{
    /// <summary>
    /// Word times, where the source carries them (WebVTT inline timestamps, per-word JSON segments): spans of
    /// <see cref="Text"/> in order, each with its start. Empty when the source has none.
    /// </summary>
    public IReadOnlyList<TimedSpan> Words { get; init; } = [];
}

/// <summary>A span of a paragraph's text (<paramref name="Offset"/>, <paramref name="Length"/> in UTF-16 units) spoken from <paramref name="Start"/> seconds.</summary>
public readonly record struct TimedSpan(int Offset, int Length, double Start, double? End);
