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

    // Scriban asks for a parameter's info on every call of the function.
    private static readonly string[] ParameterNames = [.. Enumerable.Range(0, 8).Select(index => "arg" + index)];

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index < ParameterNames.Length ? ParameterNames[index] : "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A one-argument string function.</summary>
    public static TemplateFunction OfString(Func<string, string> body) =>
        new(1, 1, (context, arguments) => body(arguments.Count > 0 ? context.ObjectToString(arguments[0]) ?? string.Empty : string.Empty));
}
