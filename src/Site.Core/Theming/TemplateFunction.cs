using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Theming;

/// <summary>
/// A template function backed by a lambda over its arguments (e.g. <c>url "/about/"</c>). Written as an
/// <see cref="IScriptCustomFunction"/> because Scriban's delegate import uses reflection, which Native AOT trims.
/// </summary>
public sealed class TemplateFunction(int requiredParameters, int parameters, Func<TemplateContext, ScriptArray, object?> body)
    : IScriptCustomFunction
{
    public int RequiredParameterCount => requiredParameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A one-argument string function.</summary>
    public static TemplateFunction OfString(Func<string, string> body) =>
        new(1, 1, (context, arguments) => body(arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? string.Empty : string.Empty));
}
