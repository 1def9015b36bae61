using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Urls;

namespace Site.Markdown;

/// <summary>Something in hand-written Markdown that does not reach the page. Line and column are 0-based, in the
/// Markdown text; a silent problem (an HTML comment) is left out without a warning.</summary>
public sealed record MarkupProblem(int Line, int Column, string Message, bool Silent = false);

/// <summary>
/// Keeps hand-written Markdown (pages, glossary definitions) from putting markup the site did not opt into on a
/// page: raw HTML blocks, inline tags and event-handler attributes are left out unless <c>markup.unsafe</c> is on,
/// and links, images and attributes whose URL is not http, https, mailto or relative are always left out (a link
/// keeps its text, an image its description).
/// </summary>
public static class SafeMarkup
{
    private const string OptIn = "set markup: { unsafe: true } in site.yml to keep raw HTML";

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href"];

    /// <summary>Takes what must not reach the page out of a parsed document, and says what it took.</summary>
    public static IReadOnlyList<MarkupProblem> Clean(MarkdownDocument document, bool allowRawHtml)
    {
        var findings = Find(document, allowRawHtml);
        foreach (var finding in findings)
        {
            switch (finding.Node)
            {
                case HtmlBlock block:
                    block.Parent?.Remove(block);
                    break;
                case LinkInline link:
                    Unwrap(link);
                    break;
                case AutolinkInline autolink:
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case HtmlInline inline:
                    inline.Remove();
                    break;
                case HtmlAttributes attributes:
                    attributes.Properties?.RemoveAll(property => finding.Attributes.Contains(property.Key));
                    break;
            }
        }

        return [.. findings.Select(f => f.Problem)];
    }

    /// <summary>The same, on Markdown text that is embedded in other Markdown later (glossary definitions): what
    /// must go is cut out of the text (an attribute block <c>{...}</c> as a whole).</summary>
    public static (string Markdown, IReadOnlyList<MarkupProblem> Problems) CleanSource(string markdown, MarkdownPipeline pipeline, bool allowRawHtml)
    {
        var findings = Find(Markdig.Markdown.Parse(markdown, pipeline), allowRawHtml);
        if (findings.Count == 0)
        {
            return (markdown, []);
        }

        var cuts = new List<(int Start, int End)>();
        foreach (var finding in findings)
        {
            if (finding.Node is LinkInline { FirstChild: { } first, LastChild: { } last } link && last.Span.End >= first.Span.Start)
            {
                cuts.Add((link.Span.Start, first.Span.Start - 1));
                cuts.Add((last.Span.End + 1, link.Span.End));
            }
            else
            {
                cuts.Add((finding.Node.Span.Start, finding.Node.Span.End));
            }
        }

        var text = markdown;
        foreach (var (start, end) in cuts.Where(c => c.End >= c.Start).OrderByDescending(c => c.Start))
        {
            text = text.Remove(start, Math.Min(end, text.Length - 1) - start + 1);
        }

        return (text, [.. findings.Select(f => f.Problem)]);
    }

    private sealed record Finding(MarkdownObject Node, MarkupProblem Problem, IReadOnlyList<string> Attributes);

    private static List<Finding> Find(MarkdownDocument document, bool allowRawHtml)
    {
        var findings = new List<Finding>();
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties } attributes &&
                AttributeProblem(properties, allowRawHtml) is ({ Count: > 0 } names, var message))
            {
                findings.Add(new Finding(attributes, new MarkupProblem(node.Line, node.Column, message), names));
            }

            switch (node)
            {
                case HtmlBlock block when !allowRawHtml:
                    var html = block.Lines.ToString();
                    findings.Add(new Finding(block, new MarkupProblem(block.Line, block.Column, RawHtml(html), IsComment(html)), []));
                    break;
                case HtmlInline inline when !allowRawHtml:
                    findings.Add(new Finding(inline, new MarkupProblem(inline.Line, inline.Column, RawHtml(inline.Tag), IsComment(inline.Tag)), []));
                    break;
                case LinkInline link when SafeUrl.Problem(link.Url ?? string.Empty) is { } problem:
                    var what = link.IsImage ? "image" : "link";
                    var kept = link.IsImage ? "its description is kept" : "its text is kept";
                    findings.Add(new Finding(link, new MarkupProblem(link.Line, link.Column, $"{what} to '{Shorten(link.Url ?? string.Empty)}' is left out ({kept}): {problem}"), []));
                    break;
                case AutolinkInline autolink when SafeUrl.Problem(autolink.Url) is { } problem:
                    findings.Add(new Finding(autolink, new MarkupProblem(autolink.Line, autolink.Column, $"link to '{Shorten(autolink.Url)}' is left out (its address is kept as text): {problem}"), []));
                    break;
            }
        }

        return findings;
    }

    private static (List<string> Names, string Message) AttributeProblem(List<KeyValuePair<string, string?>> properties, bool allowRawHtml)
    {
        var names = new List<string>();
        var reasons = new List<string>();
        foreach (var (name, value) in properties)
        {
            if (!allowRawHtml && name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
                reasons.Add($"attribute '{name}' is left out: event handlers are raw HTML ({OptIn})");
            }
            else if (UrlAttributes.Contains(name, StringComparer.OrdinalIgnoreCase) && SafeUrl.Problem(value ?? string.Empty) is { } problem)
            {
                names.Add(name);
                reasons.Add($"attribute '{name}' is left out: {problem}");
            }
        }

        return (names, string.Join("; ", reasons));
    }

    private static string RawHtml(string html) => $"raw HTML '{Shorten(html.Trim())}' is left out ({OptIn})";

    /// <summary>A comment alone is not shown on a page anyway; a comment followed by more HTML is not silent.</summary>
    private static bool IsComment(string html)
    {
        var trimmed = html.Trim();
        return trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal) &&
            trimmed.IndexOf("-->", StringComparison.Ordinal) == trimmed.Length - 3;
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0].TrimEnd('\r');
        return line.Length <= 40 && line.Length == text.Length ? line : string.Concat(line.AsSpan(0, Math.Min(line.Length, 40)), "…");
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
