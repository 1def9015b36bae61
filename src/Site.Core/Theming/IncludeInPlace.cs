using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using Site.Text;

namespace Site.Theming;

/// <summary>
/// The <c>include</c> of our templates. Scriban's include renders a partial into an output of its own, makes a
/// string of it and hands that back to be copied into the page: for the header, search dialog and footer of every
/// page that was a quarter of what a large build allocated. Where an include is a statement of its own
/// (<c>{{ include "header.html" }}</c>, the only way the theme uses it), this one renders the partial straight into
/// the page being written, with the same recursion limit, arguments (<c>$0</c>, <c>$1</c>...) and errors; a partial
/// that writes the same on every page (<see cref="PageIndependence"/>) is rendered once per build. An include indented
/// on its line (<c>  {{ include "charts.html" }}</c>) is rendered into a buffer kept for the thread and indented as
/// Scriban indents the string its include returns. Any other use (<c>x = include "a.html"</c>, pipes) goes to
/// Scriban's include unchanged.
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
        var indent = context.CurrentIndent;
        var template = callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput && (string.IsNullOrEmpty(indent) || CanIndent(context))
            ? Partial(context, callerContext, arguments)
            : null;
        if (template is not { SourceFilePath: { } source, Page: not null })
        {
            return Standard.Invoke(context, callerContext, arguments, blockStatement);
        }

        // Scriban's include hands its string to the caller's line as it was before the partial wrote anything: the
        // first line of that string is indented only if the caller's text so far ended a line.
        var endedLine = PreviousTextWasNewLine(context);
        if (context.TemplateLoader is ThemeTemplates templates && templates.IsPageIndependent(source, template))
        {
            var output = OutputOf(templates, source, template, context, callerContext!, arguments);
            PreviousTextWasNewLine(context) = endedLine;
            context.Write(output);
            return null;
        }

        if (string.IsNullOrEmpty(indent))
        {
            var page = (context.Output as StringBuilderOutput)?.Builder;
            var length = page?.Length ?? 0;
            Render(template, context, callerContext!, arguments);
            if (page is not null)
            {
                // As after Scriban's include writes the partial's string: a line ended if the string ended one.
                PreviousTextWasNewLine(context) = page.Length > length ? page[^1] == '\n' : endedLine;
            }

            return null;
        }

        var buffer = ThreadBuilders.Rent();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            Render(template, context, callerContext!, arguments);
        }
        finally
        {
            context.PopOutput();
        }

        ref var newLine = ref PreviousTextWasNewLine(context);
        newLine = endedLine;
        var chunks = buffer.GetChunks();
        var text = !chunks.MoveNext() ? default : chunks.Current.Length == buffer.Length ? chunks.Current.Span : buffer.ToString().AsSpan();
        WriteIndented(((StringBuilderOutput)context.Output).Builder, text, indent, context.IndentOnEmptyLines, ref newLine);
        ThreadBuilders.Return(buffer);
        return null;
    }

    /// <summary>
    /// Whether an indented include can be written straight into the page: an output we can append to, and no output
    /// limit (which Scriban counts as it writes).
    /// </summary>
    private static bool CanIndent(TemplateContext context) => context.Output is StringBuilderOutput && context.LimitToString <= 0;

    /// <summary>
    /// Scriban's own record of whether the text written last ended a line, which decides where an indent goes. It has
    /// no public getter; Native AOT resolves this accessor at compile time, and a Scriban without the field fails the
    /// include tests at once.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    /// <summary>
    /// What <see cref="TemplateContext.Write(string, int, int)"/> does with <paramref name="indent"/> as the current
    /// indent: each line that starts after a line break gets the indent (an empty line too when
    /// <paramref name="indentOnEmptyLines"/>), and <paramref name="newLine"/> follows the text.
    /// </summary>
    private static void WriteIndented(StringBuilder output, ReadOnlySpan<char> text, string indent, bool indentOnEmptyLines, ref bool newLine)
    {
        while (text.Length > 0)
        {
            var end = text.IndexOf('\n');
            if (end < 0)
            {
                if (newLine)
                {
                    output.Append(indent);
                    newLine = false;
                }

                output.Append(text);
                return;
            }

            var line = text[..end];
            if (newLine && (indentOnEmptyLines || (line.Length != 0 && (line.Length != 1 || line[0] != '\r'))))
            {
                output.Append(indent);
                newLine = false;
            }

            output.Append(text[..(end + 1)]);
            text = text[(end + 1)..];
            newLine = true;
        }
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
