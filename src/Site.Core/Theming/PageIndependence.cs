using Scriban;
using Scriban.Syntax;

namespace Site.Theming;

/// <summary>
/// Tells whether a partial writes the same thing on every page of a build: it reads only build-wide values
/// (<c>site</c>, <c>strings</c>, <c>nav</c>) through pure functions (<c>url</c>, <c>absolute_url</c>,
/// <c>html.*</c>, <c>string.*</c>), with plain text, expressions and <c>if</c>s, and assigns, loops, includes and
/// defines nothing. The theme's search dialog is such a partial: <see cref="IncludeInPlace"/> renders it once per
/// build instead of once per page. Anything else in the template (a variable of the page, a loop variable,
/// <c>$0</c>, <c>date.now</c>, an assignment) makes it page-dependent; the check errs on that side.
/// </summary>
public static class PageIndependence
{
    /// <summary>The global names such a partial may read: the same objects for every page of a build.</summary>
    public static readonly IReadOnlyList<string> BuildWideNames = ["site", "strings", "nav", "url", "absolute_url", "html", "string"];

    // Syntax that only writes text or computes a value from its parts.
    private static readonly HashSet<Type> Allowed =
    [
        typeof(ScriptPage), typeof(ScriptBlockStatement), typeof(ScriptRawStatement), typeof(ScriptEscapeStatement),
        typeof(ScriptExpressionStatement), typeof(ScriptFunctionCall), typeof(ScriptPipeCall), typeof(ScriptMemberExpression),
        typeof(ScriptLiteral), typeof(ScriptToken), typeof(ScriptKeyword), typeof(ScriptIfStatement), typeof(ScriptElseStatement),
        typeof(ScriptEndStatement), typeof(ScriptBinaryExpression), typeof(ScriptUnaryExpression),
        typeof(ScriptConditionalExpression), typeof(ScriptNestedExpression), typeof(ScriptVariableGlobal),
    ];

    public static bool IsPageIndependent(Template template) => template.Page is { } page && IsIndependent(page);

    private static bool IsIndependent(ScriptNode node)
    {
        var type = node.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ScriptList<>))
        {
            return node.Children.All(child => child is null || IsIndependent(child));
        }

        if (!Allowed.Contains(type))
        {
            return false;
        }

        return node switch
        {
            ScriptVariableGlobal variable => BuildWideNames.Contains(variable.Name, StringComparer.Ordinal),
            // strings.search: "search" is a member name, not a variable.
            ScriptMemberExpression member => member.Target is not null && IsIndependent(member.Target),
            _ => node.Children.All(child => child is null || IsIndependent(child)),
        };
    }
}
