using Scriban;
using Scriban.Syntax;

namespace Site.Theming;

/// <summary>
/// Tells whether a template uses the <c>content</c> variable only to write it out as it is (<c>{{ content }}</c>),
/// never in an expression (<c>{{ content | string.size }}</c>, <c>{{ if content }}</c>), an assignment or a capture
/// (<c>{{ capture body }}{{ content }}{{ end }}</c> makes it a value). Such a layout can be rendered with a marker
/// in place of the page and the page put in afterwards (<see cref="Modules.PostProcess.ApplyLayout"/>): the same
/// output, without copying the page once per layout.
/// </summary>
public sealed class ContentUse : ScriptVisitor
{
    public const string VariableName = "content";

    private bool _usedOtherwise;

    // Inside a capture, a wrap or a function (which a capture may call), what is written out can become a value
    // that is then measured or transformed: there, writing content, or including a partial that may write it,
    // counts as using it otherwise.
    private int _bodiesThatMayBeCaptured;

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
        if (_bodiesThatMayBeCaptured == 0 && node.Expression is ScriptVariableGlobal { Name: VariableName })
        {
            return;
        }

        base.Visit(node);
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (node.Name == VariableName || (_bodiesThatMayBeCaptured > 0 && node.Name == "include"))
        {
            _usedOtherwise = true;
        }

        base.Visit(node);
    }

    public override void Visit(ScriptCaptureStatement node) => VisitBodyThatMayBeCaptured(node, base.Visit);

    public override void Visit(ScriptWrapStatement node) => VisitBodyThatMayBeCaptured(node, base.Visit);

    public override void Visit(ScriptFunction node) => VisitBodyThatMayBeCaptured(node, base.Visit);

    public override void Visit(ScriptAnonymousFunction node) => VisitBodyThatMayBeCaptured(node, base.Visit);

    /// <summary><c>this["content"]</c> reads content by name, out of reach of the checks above.</summary>
    public override void Visit(ScriptThisExpression node)
    {
        _usedOtherwise = true;
        base.Visit(node);
    }

    private void VisitBodyThatMayBeCaptured<T>(T node, Action<T> visit)
    {
        _bodiesThatMayBeCaptured++;
        visit(node);
        _bodiesThatMayBeCaptured--;
    }
}
