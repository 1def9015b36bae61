namespace Site.Documents;

/// <summary>
/// One unit of content flowing through the pipelines. Immutable: modules return changed copies made with
/// <c>with</c> or <see cref="WithMetadata"/>, so documents can be shared between threads and pipelines freely.
/// </summary>
public sealed record Document
{
    /// <summary>The file the document came from, as shown in diagnostics (e.g. <c>input/about.md</c>).</summary>
    public required string Source { get; init; }

    /// <summary>Output path relative to the output folder with <c>/</c> separators; null when nothing is written.</summary>
    public string? Destination { get; init; }

    /// <summary>The text of the document; empty for files that are copied as they are.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>
    /// The file's bytes, written as they are instead of <see cref="Content"/>, for files made as UTF-8 (exports): a
    /// string would be made only to be encoded again. Never a page (pages are read as text by later modules).
    /// </summary>
    public ReadOnlyMemory<byte>? Utf8 { get; init; }

    /// <summary>Full path of a file to copy byte for byte instead of writing <see cref="Content"/>.</summary>
    public string? CopyFrom { get; init; }

    public MetadataDictionary Metadata { get; init; } = MetadataDictionary.Empty;

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    public string GetString(string key, string fallback = "") =>
        Metadata.TryGetValue(key, out var value) && value is not null ? value.ToString() ?? fallback : fallback;

    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithMetadata(IEnumerable<KeyValuePair<string, object?>> values) =>
        this with { Metadata = Metadata.SetItems(values) };

    /// <summary>
    /// Publishes the page's Markdown copy at <paramref name="destination"/> (under <c>md/</c>) and links it from the
    /// page. The copy's text is <see cref="MetadataKeys.MarkdownSource"/>, set by whoever makes the Markdown.
    /// </summary>
    public Document WithMarkdownCopyAt(string destination) =>
        WithMetadata(MetadataKeys.MarkdownDestination, destination).WithMetadata(MetadataKeys.MarkdownUrl, "/" + destination);

    /// <summary>Where a generated page's Markdown copy goes: <c>/a/b/</c> gives <c>md/a/b.md</c>, <c>/</c> gives <c>md/index.md</c>.</summary>
    public static string MarkdownCopyOf(string url)
    {
        var trimmed = url.Trim('/');
        return trimmed.Length == 0 ? "md/index.md" : $"md/{trimmed}.md";
    }
}
