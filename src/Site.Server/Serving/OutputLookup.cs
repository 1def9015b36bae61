namespace Site.Serving;

/// <summary>What a request path names in the output folder.</summary>
public enum OutputLookupKind
{
    Missing,
    File,
    Folder,

    /// <summary>A symbolic link on the way points outside the output folder.</summary>
    Refused,
}

/// <summary>The result of <see cref="OutputFiles.Find"/>: a kind and, for files and folders, the real path.</summary>
public sealed record OutputLookup(OutputLookupKind Kind, string? FullPath)
{
    public static OutputLookup Missing { get; } = new(OutputLookupKind.Missing, null);

    public static OutputLookup Refused { get; } = new(OutputLookupKind.Refused, null);
}
