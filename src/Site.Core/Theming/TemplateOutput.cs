using Scriban;

namespace Site.Theming;

/// <summary>Renders templates into the output the context is writing to, without making a string of it.</summary>
public static class TemplateOutput
{
    /// <summary>
    /// What <see cref="Template.Render(TemplateContext)"/> does before it turns the output into a string: evaluate
    /// the page with the template's file as the current one, then write the value it ends with (if any).
    /// </summary>
    public static void Write(Template template, TemplateContext context)
    {
        if (template.SourceFilePath is { } path)
        {
            context.PushSourceFile(path);
        }

        try
        {
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}
