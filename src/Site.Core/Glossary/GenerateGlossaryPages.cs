using System.Globalization;
using Scriban.Runtime;
using Site.Building;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.Glossary;

/// <summary>
/// Generates the glossary pages as Markdown with front matter (<c>/glossary/</c> and <c>/glossary/&lt;id&gt;/</c>),
/// to go through the same front matter, URL, Markdown and layout modules as hand-written pages. Reads the
/// transcripts from the Process output of <paramref name="transcriptsPipeline"/> (null when the site has none) to
/// list where each term is used, and warns about terms no transcript uses.
/// </summary>
public sealed class GenerateGlossaryPages(BuildPaths paths, Theme theme, string? transcriptsPipeline) : IModule
{
    /// <summary>Where the Markdown copies of the glossary pages go, under the output folder.</summary>
    public const string MarkdownFolder = "md/glossary/";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var glossary = GlossaryLoader.Get(context, paths.Input);
        if (glossary.Terms.Count == 0)
        {
            return Task.FromResult(inputs);
        }

        var transcripts = TranscriptsOf(context);
        var usage = GlossaryUsage.Get(context, glossary, transcripts);
        if (transcripts.Count > 0)
        {
            // Mentions are listed for turns only, but a term the lede or a highlight uses is not unused.
            var elsewhere = transcripts
                .SelectMany(t => t.Lede.Concat(t.Highlights).Concat(t.Sections.SelectMany(s => s.Intro)))
                .SelectMany(paragraph => glossary.FindMatches(paragraph.Text))
                .Select(match => match.TermId)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var term in glossary.Terms.Where(t => usage.MentionsOf(t.Id).Count == 0 && !elsewhere.Contains(t.Id)))
            {
                context.Build.Diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.UnusedTerm, glossary.SourcePath, term.Line, 0, $"term '{term.Id}' ({term.Zh}) is not used in any transcript"));
            }
        }

        var markdown = new GlossaryMarkdown(glossary, usage, theme.Text, transcripts.Count > 1);
        var documents = new List<Document>(inputs) { Page(glossary, markdown.Index(), "index", IndexModel(glossary, markdown)) };
        // Term pages are independent, and at hundreds of transcripts each one summarises thousands of mentions.
        var terms = new Document[glossary.Terms.Count];
        Parallel.For(0, terms.Length, index => terms[index] = Page(glossary, markdown.TermPage(glossary.Terms[index]), glossary.Terms[index].Id, TermModel(glossary.Terms[index], usage)));
        documents.AddRange(terms);
        // A term used in more transcripts than its page lists has the rest on pages of their own.
        foreach (var term in glossary.Terms)
        {
            foreach (var (url, more) in markdown.ConversationsPages(term))
            {
                documents.Add(new Document { Source = glossary.SourcePath, Content = more }
                    .WithMetadata(MetadataKeys.MarkdownSource, more)
                    .WithMarkdownCopyAt(Document.MarkdownCopyOf(url))
                    .WithMetadata(MetadataKeys.Model, TermModel(term, usage)));
            }
        }

        // The pages above were the mentions' only readers; transcript pages need just each paragraph's matches.
        usage.ReleaseMentions();
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private List<Transcript> TranscriptsOf(PipelineContext context) =>
        transcriptsPipeline is null
            ? []
            : TranscriptLease.TranscriptsIn(context.OutputsOf(transcriptsPipeline))
                .DistinctBy(t => t.Id)
                .OrderBy(t => t.Id, StringComparer.Ordinal)
                .ToList();

    private static Document Page(Glossary glossary, string markdown, string name, ScriptObject model) =>
        new Document { Source = glossary.SourcePath, Content = markdown }
            .WithMetadata(MetadataKeys.MarkdownSource, markdown)
            .WithMarkdownCopyAt(MarkdownFolder + name + ".md")
            .WithMetadata(MetadataKeys.Model, model);

    private static ScriptObject IndexModel(Glossary glossary, GlossaryMarkdown markdown) => new()
    {
        ["glossary"] = new ScriptObject
        {
            ["count"] = glossary.Terms.Count,
            ["categories"] = ScriptModel.FromSequence(markdown.Categories.Select(c => new ScriptObject { ["name"] = c.Name, ["anchor"] = c.Anchor })),
        },
    };

    private static ScriptObject TermModel(GlossaryTerm term, GlossaryUsage usage) => new()
    {
        ["term"] = new ScriptObject
        {
            ["id"] = term.Id,
            ["zh"] = term.Zh,
            ["en"] = term.En,
            ["category"] = term.Category,
            ["short"] = term.ShortDefinition,
            ["short_en"] = term.ShortDefinitionEn,
            ["mentions"] = usage.MentionsOf(term.Id).Count,
            ["count_line"] = GlossaryUsage.FormatCounts(usage.SpeakersOf(term.Id)),
        },
    };
}
