using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Site.Markdown;

/// <summary>The one Markdig pipeline of a build, built once and shared by every page (Markdig pipelines are thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
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

    /// <summary>
    /// The pipeline that renders the Markdown of the pages Site writes itself from transcripts. Their Markdown uses
    /// only containers, generic attributes, links, lists and headings with explicit ids, and every character of
    /// transcript text that any extension reacts to is escaped (<see cref="MarkdownText"/>), so the other extensions
    /// could change nothing; the front matter is skipped. The build does not run it: those pages' HTML is written
    /// with their Markdown (<see cref="Transcripts.PageMarkdown"/>), and tests require it to be exactly what this
    /// pipeline renders from the published Markdown.
    /// </summary>
    public static MarkdownPipeline CreateForGeneratedPages() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseCustomContainers()
            .UseGenericAttributes()
            .Build();
}
