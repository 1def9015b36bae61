using System.Collections.Concurrent;
using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Site.Theming;

/// <summary>
/// Scriban's built-in objects (<c>html</c>, <c>string</c>, <c>date</c>, ...), each made the first time a template of
/// the render context uses it. Scriban's own set builds all of them for the first context of a process, by
/// reflection over their methods, which under Native AOT took about 9 ms of a small build's start; the theme uses
/// two. Same objects, same names (a test compares them with Scriban's set), one set per render context as Scriban does.
/// </summary>
public sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Factories = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
        ["include"] = () => new IncludeFunction(),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = Html,
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    /// <summary>
    /// Scriban's <c>html</c> object, with <c>escape</c> (the same <see cref="WebUtility.HtmlEncode(string?)"/>)
    /// called as a plain function: a theme escapes every title and name it writes, and Scriban's call of its own
    /// built-in cost about a tenth of a transcript page's layouts.
    /// </summary>
    private static HtmlFunctions Html()
    {
        var html = new HtmlFunctions();
        html.SetValue("escape", TemplateFunction.OfString(WebUtility.HtmlEncode), readOnly: true);
        return html;
    }

    private readonly ConcurrentDictionary<string, object> _made = new(StringComparer.Ordinal);

    /// <summary>The names Scriban's built-in set has.</summary>
    public static IEnumerable<string> Names => Factories.Keys;

    /// <summary>Makes the objects the default theme uses once, so that their one-time set-up can run in the background.</summary>
    public static void WarmUp()
    {
        _ = new HtmlFunctions();
        _ = new StringFunctions();
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (Factories.TryGetValue(member, out var make))
        {
            value = _made.TryGetValue(member, out var made) ? made : _made.GetOrAdd(member, static (_, make) => make(), make);
            return true;
        }

        return base.TryGetValue(context, span, member, out value);
    }

    public override bool Contains(string member) => Factories.ContainsKey(member) || base.Contains(member);
}
