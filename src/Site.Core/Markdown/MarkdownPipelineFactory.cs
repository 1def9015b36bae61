using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Site.Markdown;

/// <summary>The one Markdig pipeline of a build, built once and shared by every page (Markdig pipelines are thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    /// <param name="skipFrontMatter">
    /// For generated pages, whose content is their whole Markdown file: a leading YAML front matter block is read
    /// and left out of the HTML, so the page is not copied once with and once without it.
    /// </param>
    public static MarkdownPipeline Create(bool skipFrontMatter = false)
    {
        var builder = new MarkdownPipelineBuilder();
        if (skipFrontMatter)
        {
            builder.UseYamlFrontMatter();
        }

        return builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseCustomContainers()
            .UseFootnotes()
            .UseFigures()
            // Headings get GitHub-style ids, which keep CJK letters (Markdig's default drops them);
            // an explicit ASCII id is written as {#id} after the heading.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            // Must come last: it reads {#id .class key=value} after blocks, headings, links and containers.
            .UseGenericAttributes()
            .Build();
    }
}
