using Site.Diagnostics;
using Site.Pipelines;
using Site.Text;
using Site.Theming;
using Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Site.Glossary;

/// <summary>Loads <c>input/glossary.yml</c> once per build.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    public static Glossary Get(PipelineContext context, string inputRoot) =>
        context.Build.GetOrCreate("glossary", () => Load(inputRoot, context.Build.Diagnostics, context.Build.UnsafeMarkup));

    /// <summary>Reads and checks the glossary; a missing file is an empty glossary, not a problem.</summary>
    /// <param name="unsafeMarkup">site.yml's <c>markup.unsafe</c>: raw HTML in definitions is kept.</param>
    public static Glossary Load(string inputRoot, DiagnosticBag diagnostics, bool unsafeMarkup = false)
    {
        var path = Path.Combine(inputRoot, FileName);
        if (!File.Exists(path))
        {
            return Glossary.Empty;
        }

        var display = ThemeFiles.Display(Path.GetFullPath(path));
        string text;
        try
        {
            text = TextFile.Read(path);
        }
        catch (InvalidUtf8Exception exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, display, exception.Line, exception.Column, exception.Message));
            return Glossary.Empty;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, $"cannot read the file: {exception.Message}"));
            return Glossary.Empty;
        }

        return Parse(text, display, diagnostics, unsafeMarkup);
    }

    /// <summary>Parses glossary YAML; <paramref name="display"/> is the path diagnostics name.</summary>
    public static Glossary Parse(string text, string display, DiagnosticBag diagnostics, bool unsafeMarkup = false)
    {
        var root = YamlText.Parse(text, display, 1, DiagnosticCodes.InvalidGlossary, diagnostics);
        switch (root)
        {
            case null:
                return new Glossary([], display);
            case YamlMappingNode { Children.Count: 0 }:
                return new Glossary([], display); // an empty file
            case not YamlSequenceNode:
                var (line, column) = YamlText.PositionOf(root, 1);
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidGlossary, display, line, column, "the glossary must be a list of terms (each starting with '- id: ...')"));
                return new Glossary([], display);
        }

        var reader = new GlossaryTermReader(display, diagnostics) { UnsafeMarkup = unsafeMarkup, FileLines = text.Split('\n') };
        var terms = new List<GlossaryTerm>();
        foreach (var item in ((YamlSequenceNode)root).Children)
        {
            if (reader.Read(item) is { } term)
            {
                terms.Add(term);
            }
        }

        reader.CheckRelated(terms);
        return new Glossary(terms, display);
    }
}
