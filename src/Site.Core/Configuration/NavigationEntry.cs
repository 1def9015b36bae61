namespace Site.Configuration;

/// <summary>A link of the top navigation: a fixed title, or a key into the theme's strings file.</summary>
public sealed record NavigationEntry(string? Title, string? Label, string Url);
