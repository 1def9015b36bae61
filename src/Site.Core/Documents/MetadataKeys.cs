namespace Site.Documents;

/// <summary>The metadata keys modules agree on, in one place. Front matter keys keep the user's spelling.</summary>
public static class MetadataKeys
{
    /// <summary>Front matter parsed from the page (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>).</summary>
    public const string FrontMatter = "frontMatter";

    /// <summary>Line in the source file where the body starts, so Markdown and template errors map to the file.</summary>
    public const string BodyLine = "bodyLine";

    public const string Title = "title";
    public const string Layout = "layout";
    public const string Description = "description";

    /// <summary>Site-relative URL of the page without the base path, e.g. <c>/about/</c>.</summary>
    public const string Url = "url";

    /// <summary>The Markdown a page was rendered from, kept so it can be written out beside the HTML.</summary>
    public const string MarkdownSource = "markdownSource";

    /// <summary>Output path of the Markdown copy of a page.</summary>
    public const string MarkdownDestination = "markdownDestination";

    /// <summary>Site-relative URL of the Markdown copy of a page.</summary>
    public const string MarkdownUrl = "markdownUrl";

    /// <summary>Line of each top-level front matter key (<c>Dictionary&lt;string, int&gt;</c>), for diagnostics.</summary>
    public const string FrontMatterLines = "frontMatterLines";

    /// <summary>Marks documents that are HTML pages (as opposed to assets or data files).</summary>
    public const string IsPage = "isPage";

    /// <summary>Template data a generator attaches to a page (a <c>Scriban.Runtime.ScriptObject</c>).</summary>
    public const string Model = "model";

    /// <summary>
    /// The parsed transcript of a transcript file's document. The pages planned from it hold it through their
    /// <see cref="TranscriptPage"/> (a <c>Site.Transcripts.TranscriptLease</c>), which lets it go once they are written.
    /// </summary>
    public const string Transcript = "transcript";

    /// <summary>Sort key of a page within navigation lists.</summary>
    public const string Order = "order";

    /// <summary>Path of an input file relative to the input folder, with <c>/</c> (e.g. <c>transcripts/sora-panel.txt</c>).</summary>
    public const string RelativePath = "relativePath";

    /// <summary>Full path of an input file listed but not read yet.</summary>
    public const string FullPath = "fullPath";

    /// <summary>Id of the transcript a page belongs to, for per-transcript navigation.</summary>
    public const string TranscriptId = "transcriptId";

    /// <summary>A transcript's entry in the navigation model (a <c>ScriptObject</c> with <c>id</c> and <c>order</c>).</summary>
    public const string NavigationEntry = "navigationEntry";

    /// <summary>A transcript's overview carries its episode (a <c>Site.Episodes.Episode</c>) for the feeds.</summary>
    public const string Episode = "episode";

    /// <summary>What a planned transcript page will show (a <c>Site.Transcripts.TranscriptPage</c>).</summary>
    public const string TranscriptPage = "transcriptPage";

    /// <summary>What a planned person page will show (a <c>Site.People.PersonPage</c>).</summary>
    public const string PersonPage = "personPage";

    /// <summary>Dev server only: a hash of the transcript file a document was parsed from (a <see cref="UInt128"/>).</summary>
    public const string SourceFingerprint = "sourceFingerprint";

    /// <summary>Dev server only: the previous build's Markdown copy of a reused page, copied instead of written.</summary>
    public const string MarkdownCopyFrom = "markdownCopyFrom";

    /// <summary>Dev server only: the page was already checked against the previous build (see ReuseUnchangedPages).</summary>
    public const string Fingerprinted = "fingerprinted";
}
