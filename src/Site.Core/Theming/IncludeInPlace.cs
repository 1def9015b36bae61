using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Theming;

/// <summary>
/// The <c>include</c> of our templates. Scriban's include renders a partial into an output of its own, makes a
/// string of it and hands that back to be copied into the page: for the header, search dialog and footer of every
/// page that was a quarter of what a large build allocated. Where an include is a statement of its own
/// (<c>{{ include "header.html" }}</c>, the only way the theme uses it), this one renders the partial straight into
/// the page being written, with the same recursion limit, arguments (<c>$0</c>, <c>$1</c>...) and errors; a partial
/// that writes the same on every page (<see cref="PageIndependence"/>) is rendered once per build. Any other use
/// (<c>x = include "a.html"</c>, pipes, includes indented on their line) goes to Scriban's include unchanged.
/// </summary>
public sealed class IncludeInPlace : IScriptCustomFunction
{
    private static readonly IncludeFunction Standard = new();

    public int RequiredParameterCount => Standard.RequiredParameterCount;

    public int ParameterCount => Standard.ParameterCount;

    public ScriptVarParamKind VarParamKind => Standard.VarParamKind;

    public Type ReturnType => Standard.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Standard.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var template = callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput && string.IsNullOrEmpty(context.CurrentIndent)
            ? Partial(context, callerContext, arguments)
            : null;
        if (template is not { SourceFilePath: { } source, Page: not null })
        {
            return Standard.Invoke(context, callerContext, arguments, blockStatement);
        }

        if (context.TemplateLoader is ThemeTemplates templates && templates.IsPageIndependent(source, template))
        {
            context.Write(OutputOf(templates, source, template, context, callerContext!, arguments));
            return null;
        }

        Render(template, context, callerContext!, arguments);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>
    /// The output of a partial that writes the same on every page, rendered once per build: the search dialog was a
    /// sixth of a transcript page's template work. Rendered again if a template has since given one of the
    /// build-wide names another value.
    /// </summary>
    private static string OutputOf(ThemeTemplates templates, string source, Template template, TemplateContext context, ScriptNode callerContext, ScriptArray arguments)
    {
        var values = BuildWideValues(context);
        if (templates.PartialOutputs.TryGetValue(source, out var known) && known.Values.AsSpan().SequenceEqual(values, SameValue.Instance))
        {
            return known.Output;
        }

        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            Render(template, context, callerContext, arguments);
        }
        finally
        {
            context.PopOutput();
        }

        var text = output.Builder.ToString();
        templates.PartialOutputs[source] = (values, text);
        return text;
    }

    /// <summary>
    /// The same object; for Scriban's own function objects (<c>html</c>, <c>string</c>), of which each render
    /// context has its own copy, the same kind of object.
    /// </summary>
    private sealed class SameValue : IEqualityComparer<object?>
    {
        public static readonly SameValue Instance = new();

        public new bool Equals(object? x, object? y) =>
            ReferenceEquals(x, y) || (x?.GetType() == y?.GetType() && x?.GetType().Namespace == "Scriban.Functions");

        public int GetHashCode(object? value) => value?.GetType().GetHashCode() ?? 0;
    }

    private static readonly ScriptVariableGlobal[] BuildWideVariables = [.. PageIndependence.BuildWideNames.Select(name => new ScriptVariableGlobal(name))];

    private static object?[] BuildWideValues(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return [.. BuildWideVariables.Select(context.GetValue)];
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }

    private static void Render(Template template, TemplateContext context, ScriptNode callerContext, ScriptArray arguments)
    {
        context.EnterRecursive(callerContext);
        var previousArguments = ArgumentsOf(context);
        var previousIndent = context.CurrentIndent;
        context.CurrentIndent = null;
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            context.ResetPreviousNewLine();
            TemplateOutput.Write(template, context);
            context.ResetPreviousNewLine();
        }
        finally
        {
            context.CurrentIndent = previousIndent;
            context.ExitRecursive(callerContext);
            context.DeleteValue(ScriptVariable.Arguments);
            if (previousArguments is not null)
            {
                context.SetValue(ScriptVariable.Arguments, previousArguments, true);
            }
        }
    }

    /// <summary>The caller's own <c>$</c>, if it has one (asked without strict variables, which would throw when not).</summary>
    private static object? ArgumentsOf(TemplateContext context)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return context.GetValue(ScriptVariable.Arguments);
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }

    /// <summary>The parsed partial the loader hands out for the name, or null to leave the include to Scriban.</summary>
    private static Template? Partial(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (arguments.Count == 0 || context.TemplateLoader is not { } loader || context.ObjectToString(arguments[0]) is not { Length: > 0 } name)
        {
            return null;
        }

        string? path;
        try
        {
            path = loader.GetPath(context, callerContext!.Span, name);
        }
        catch (Exception exception) when (exception is not ScriptRuntimeException)
        {
            // As Scriban's include reports it, so that a refused or missing partial reads the same.
            throw new ScriptRuntimeException(callerContext!.Span, $"Unexpected exception while getting the path for the include name `{name}`", exception);
        }

        // Our loader puts every partial that parsed without errors in the cache; others get Scriban's messages.
        return path is not null && context.CachedTemplates.TryGetValue(path, out var template) ? template : null;
    }
}
