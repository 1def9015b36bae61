using System.Net;
using System.Text;
using Site.Documents;
using Site.Pipelines;

namespace Site.Modules.PostProcess;

/// <summary>
/// Gives every page without a <c>description</c> one made from the first sentences of its rendered HTML (for the
/// meta description and Open Graph). Runs after rendering so that Markdown, transcripts and generated pages are
/// treated alike. The text is cut at a sentence end where possible, in Chinese as in English.
/// </summary>
public sealed class DeriveDescription(int maxLength = DeriveDescription.DefaultLength) : IModule
{
    public const int DefaultLength = 120;

    /// <summary>Elements whose text says nothing about the page (headings repeat the title; code is not prose).</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "nav", "figcaption", "template", "button", "sup",
    };

    /// <summary>Elements that separate words; inline ones (<c>a</c>, <c>strong</c>) must not, or Chinese gets spaces.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "li", "br", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "blockquote", "section",
        "article", "header", "footer", "figure", "hr", "aside", "main", "details", "summary",
    };

    private const string SentenceEnds = "。！？!?.；;…";
    private const string Closers = "”’」』）)\"'》】";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var outputs = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, index =>
        {
            var document = inputs[index];
            outputs[index] = document.Get<bool>(MetadataKeys.IsPage) && document.CopyFrom is null && document.GetString(MetadataKeys.Description).Trim().Length == 0
                ? document.WithMetadata(MetadataKeys.Description, Derive(document.Content, maxLength))
                : document;
        });
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }

    /// <summary>The first sentences of <paramref name="html"/>'s text, at most about <paramref name="maxLength"/> characters.</summary>
    public static string Derive(string html, int maxLength = DefaultLength)
    {
        // A little more text than fits, to see whether a sentence ends right after the limit.
        var text = PlainText(html, maxLength + 16);
        if (text.Length <= maxLength)
        {
            return text;
        }

        // The last sentence end that fits, if it leaves a description worth having.
        for (var i = Math.Min(maxLength, text.Length) - 1; i >= maxLength / 3; i--)
        {
            if (IsSentenceEnd(text, i))
            {
                var end = i + 1;
                while (end < text.Length && end < maxLength + 2 && Closers.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                return text[..end].TrimEnd();
            }
        }

        // No sentence end: cut at a space in Latin text, anywhere in CJK text, and say that it goes on.
        var cut = maxLength - 1;
        var space = text.LastIndexOf(' ', cut);
        if (space >= maxLength * 2 / 3)
        {
            cut = space;
        }

        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd(' ', ',', '，', '、', '：', ':') + "…";
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (!SentenceEnds.Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        // A Latin full stop ends a sentence only before a space ("v1.5" and "e.g." stay whole); CJK ones always do.
        return c is not '.' and not '!' and not '?' and not ';' || i + 1 >= text.Length || text[i + 1] == ' ' || Closers.Contains(text[i + 1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The visible text of an HTML fragment with whitespace collapsed, skipped elements left out; it stops once it
    /// has <paramref name="limit"/> characters (a description needs the start of a page, not all of it).
    /// </summary>
    public static string PlainText(string html, int limit = 4096)
    {
        var text = new StringBuilder(Math.Min(html.Length, limit + 64));
        var skipDepth = 0;
        string? skipTag = null;
        var i = 0;
        while (i < html.Length && text.Length < limit)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0)
                {
                    next = html.Length;
                }

                if (skipDepth == 0)
                {
                    var raw = html.AsSpan(i, next - i);
                    AppendCollapsed(text, raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw);
                }

                i = next;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var tag = TagName(html, i + 1, close, out var isEnd);
            var startTag = html.AsSpan(i, close - i);
            i = close + 1;
            if (skipTag is not null)
            {
                if (tag == skipTag)
                {
                    skipDepth += isEnd ? -1 : 1;
                    if (skipDepth == 0)
                    {
                        skipTag = null;
                        AppendCollapsed(text, " ");
                    }
                }

                continue;
            }

            if (!isEnd && (Skipped.Contains(tag) || (tag == "a" && IsTurnLabelLink(startTag))))
            {
                skipTag = tag;
                skipDepth = 1;
            }
            else if (Blocks.Contains(tag))
            {
                AppendCollapsed(text, " ");
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// A turn's permalink ("#") or time ("01:23") beside the speaker's name: page furniture, not words, so a section's
    /// description is the speaker and what they said.
    /// </summary>
    private static bool IsTurnLabelLink(ReadOnlySpan<char> startTag) =>
        startTag.Contains("class=\"permalink\"", StringComparison.Ordinal) || startTag.Contains("class=\"turn-time\"", StringComparison.Ordinal);

    /// <summary>Appends with runs of whitespace as one space and none at the start.</summary>
    private static void AppendCollapsed(StringBuilder text, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string TagName(string html, int start, int end, out bool isEnd)
    {
        isEnd = start < end && html[start] == '/';
        if (isEnd)
        {
            start++;
        }

        var stop = start;
        while (stop < end && char.IsAsciiLetterOrDigit(html[stop]))
        {
            stop++;
        }

        return Html.HtmlScanner.Name(html.AsSpan(start, stop - start));
    }
}
