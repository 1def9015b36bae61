namespace Site.Diagnostics;

/// <summary>Every diagnostic code the tool emits, grouped by the part of the build that finds it.</summary>
public static class DiagnosticCodes
{
    // SITE0xx: files, folders and settings
    public const string UnreadableFile = "SITE001";
    public const string InvalidUtf8 = "SITE002";
    public const string InvalidSettings = "SITE003";
    public const string UnsafeOutputFolder = "SITE004";
    public const string MissingFolder = "SITE005";
    public const string DuplicateDestination = "SITE006";
    public const string OutputWriteFailed = "SITE007";
    public const string OutputNotOwned = "SITE008";
    public const string OutputNotFolder = "SITE009";
    public const string InternalError = "SITE010";
    public const string UnsafeUrl = "SITE011";
    public const string UnknownKey = "SITE012";
    public const string InvalidValue = "SITE013";
    public const string LinkOutsideSite = "SITE014";
    public const string UnreadableFolder = "SITE015";
    public const string NoTranscripts = "SITE016";
    public const string RawHtmlOmitted = "SITE017";
    public const string ControlCharacters = "SITE018";

    // SITE1xx: front matter and Markdown
    public const string InvalidFrontMatter = "SITE101";
    public const string UnclosedFrontMatter = "SITE102";

    // SITE2xx: theme and templates
    public const string UnknownLayout = "SITE201";
    public const string TemplateSyntax = "SITE202";
    public const string TemplateRuntime = "SITE203";
    public const string IncludeOutsideTheme = "SITE204";
    public const string LayoutCycle = "SITE205";
    public const string InvalidStrings = "SITE206";

    // SITE3xx: transcripts
    public const string NoTurns = "SITE301";
    public const string UnknownSpeaker = "SITE302";
    public const string InvalidTranscriptFrontMatter = "SITE303";
    public const string UnresolvedSpeaker = "SITE304";
    public const string InvalidDropPattern = "SITE305";
    public const string DuplicateSlug = "SITE306";
    public const string DroppedTurnText = "SITE307";
    public const string UnsupportedTranscriptFile = "SITE308";
    public const string FormatMismatch = "SITE309";
    public const string TimesOutOfOrder = "SITE310";
    public const string InvalidCue = "SITE311";
    public const string InvalidChapters = "SITE312";
    /// <summary>No line of a text transcript names who speaks: its text is shown as one unnamed speaker's.</summary>
    public const string NoSpeakerNamed = "SITE313";

    // SITE32x: people across transcripts (people.yml, a speaker's person)
    /// <summary>people.yml is not a list of people, or an entry lacks id or name or has a field of the wrong shape.</summary>
    public const string InvalidPeople = "SITE320";
    /// <summary>Two entries of people.yml have the same id.</summary>
    public const string DuplicatePersonId = "SITE321";
    /// <summary>Two entries of people.yml claim the same name or alias: neither is matched by it (use a speaker's person:).</summary>
    public const string AmbiguousPersonName = "SITE322";
    /// <summary>A speaker's person: names no entry of people.yml.</summary>
    public const string UnknownPerson = "SITE323";
    /// <summary>A person's photo is a local path that names no file in the input folder.</summary>
    public const string MissingPersonPhoto = "SITE324";
    /// <summary>An entry of people.yml that no speaker of any transcript is.</summary>
    public const string UnusedPerson = "SITE325";

    // SITE33x: episodes and feeds
    /// <summary>A transcript's <c>date</c> is not an ISO 8601 date or date-time: it is shown as written but orders nothing.</summary>
    public const string DateNotIso = "SITE330";

    // SITE34x: highlights tied to the turns that discuss them
    /// <summary>Front matter pins a highlight to a turn id that is not a turn of the transcript.</summary>
    public const string UnknownHighlightTurn = "SITE340";
    /// <summary>Front matter <c>highlights</c> is not a mapping of highlight numbers to turn ids, or numbers no highlight.</summary>
    public const string InvalidHighlightPin = "SITE341";

    // SITE4xx: glossary
    public const string InvalidGlossary = "SITE401";
    public const string DuplicateTermId = "SITE402";
    public const string DuplicateAlias = "SITE403";
    public const string UnusedTerm = "SITE404";
    public const string UnknownRelatedTerm = "SITE405";

    // SITE5xx: links and publishing
    public const string BrokenLink = "SITE501";
    public const string BrokenFragment = "SITE502";
    public const string PublishRefused = "SITE503";
    public const string PublishFailed = "SITE504";

    // SITE6xx: search index
    public const string SearchToolMissing = "SITE601";
    public const string SearchInstallFailed = "SITE602";
    public const string SearchIndexFailed = "SITE603";

    // SITE9xx: the engine itself
    public const string PipelineCycle = "SITE901";
    public const string UnknownDependency = "SITE902";
    public const string ModuleFailed = "SITE903";
}
