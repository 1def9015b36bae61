namespace Site.Building;

/// <summary>The folders of one build. <see cref="Staging"/> is where files are written before the swap.</summary>
public sealed record BuildPaths(string Input, string Theme, string Output, string Staging)
{
    /// <summary>The theme shipped with the tool, under <see cref="Theme"/> (which then holds overrides only); null for none.</summary>
    public string? BuiltInTheme { get; init; }

    /// <summary>The theme folders, the one that wins first: <see cref="Theme"/>, then the built-in theme.</summary>
    public IReadOnlyList<string> ThemeLayers => BuiltInTheme is { } builtIn && builtIn != Theme ? [Theme, builtIn] : [Theme];
}
