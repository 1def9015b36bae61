using Scriban;

namespace Site.Theming;

/// <summary>A parsed layout and the layout it is wrapped in (from its front matter), if any.</summary>
public sealed record LayoutTemplate(string Name, string DisplayPath, Template Template, string? Parent)
{
    /// <summary>True when the layout only writes <c>content</c> out as it is (see <see cref="ContentUse"/>).</summary>
    public bool WritesContentAsIs { get; } = ContentUse.IsWrittenAsIs(Template);
}
