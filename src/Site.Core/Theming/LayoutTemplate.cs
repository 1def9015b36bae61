using Scriban;

namespace Site.Theming;

/// <summary>A parsed layout and the layout it is wrapped in (from its front matter), if any.</summary>
public sealed record LayoutTemplate(string Name, string DisplayPath, Template Template, string? Parent);
