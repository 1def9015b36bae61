using Scriban;
using Scriban.Syntax;

namespace Site.Theming;

/// <summary>
/// Tells whether a template uses the <c>content</c> variable only to write it out as it is (<c>{{ content }}</c>),
/// never in an expression (<c>{{ content | string.size }}</c>, <c>{{ if content }}</c>) or an assignment. Such a
/// layout can be rendered with a marker in place of the page and the page put in afterwards
/// (<see cref="Modules.PostProcess.ApplyLayout"/>): the same output, without copying the page once per layout.
/// </summary>
public sealed class ContentUse : ScriptVisitor
{
    public const string VariableName = "content";

    private bool _usedOtherwise;

    private ContentUse()
    {
    }

    public static bool IsWrittenAsIs(Template template)
    {
        var visitor = new ContentUse();
        template.Page?.Accept(visitor);
        return !visitor._usedOtherwise;
    }

    public override void Visit(ScriptExpressionStatement node)
    {
        if (node.Expression is ScriptVariableGlobal { Name: VariableName })
        {
            return;
        }

        base.Visit(node);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (node.Name == VariableName)
        {
            _usedOtherwise = true;
        }

        base.Visit(node);
    }
}
