namespace Site.Theming;

/// <summary>An include named a file outside the theme (through <c>..</c>, a rooted path, or a link).</summary>
public sealed class IncludeOutsideThemeException(string name)
    : Exception($"include '{name}' is outside the theme's partials folder; includes are resolved only inside the theme")
{
    public string Name { get; } = name;
}
