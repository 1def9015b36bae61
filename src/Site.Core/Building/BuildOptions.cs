using Site.Search;

namespace Site.Building;

/// <summary>What to build: the three folders, an optional base URL that overrides site.yml, and strictness.</summary>
public sealed record BuildOptions
{
    public string Input { get; init; } = "input";
    public string Theme { get; init; } = "theme";
    public string Output { get; init; } = "output";

    /// <summary>
    /// The theme shipped with the tool, under <see cref="Theme"/>: a file of the theme folder replaces the built-in
    /// file at the same path. Null (the library default) uses <see cref="Theme"/> alone.
    /// </summary>
    public string? BuiltInTheme { get; init; }

    /// <summary>Overrides <c>baseUrl</c> of site.yml: an absolute URL or a path such as <c>/sora-panel/</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Replaces an output folder that does not look like the tool's (no <see cref="OutputMarker"/>, and files the build
    /// does not write), deleting those files. The guards against sources, home, repository root and links still hold.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>Turns warnings that CI should not accept (broken links) into errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Indexes the built site for search as its last step; null (the default) writes no index.</summary>
    public SearchOptions? Search { get; init; }

    /// <summary>
    /// Set by the dev server, which builds the same site again and again: pages whose inputs did not change since
    /// the last good build are copied from the output instead of rendered (see <see cref="RebuildCache"/>).
    /// </summary>
    public RebuildCache? Cache { get; init; }
}
