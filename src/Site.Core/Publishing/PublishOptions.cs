namespace Site.Publishing;

/// <summary>Where to publish a built site: the repository, the folder to commit, and the branch and remote.</summary>
public sealed record PublishOptions
{
    /// <summary>A folder inside the working repository (its HEAD names the source commit).</summary>
    public required string Repository { get; init; }

    /// <summary>The built site; becomes the whole tree of the published commit.</summary>
    public required string Output { get; init; }

    public string Remote { get; init; } = "origin";

    public string Branch { get; init; } = "gh-pages";

    /// <summary>False commits to the local branch only.</summary>
    public bool Push { get; init; } = true;
}
