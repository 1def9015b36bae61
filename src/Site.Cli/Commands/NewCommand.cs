using Site.Scaffolding;

namespace Site.Cli.Commands;

/// <summary><c>site new &lt;dir&gt;</c>: writes a new site with one example transcript into a new or empty folder.</summary>
public static class NewCommand
{
    /// <summary>The NuGet id of the .NET tool, which the Pages workflow of a new site installs.</summary>
    public const string PackageId = "TranscriptSite";

    public const string Help = """
        Usage: site new <dir>

        Writes a new site into <dir>, which must be new or empty: input/site.yml, input/glossary.yml, an example
        transcript in input/transcripts/, an empty theme/ folder for overrides of the built-in theme, .gitignore,
        and .github/workflows/pages.yml, which builds the site and publishes it to GitHub Pages.
        Then: cd <dir> && site build (or site serve).

        Options:
          -h, --help         show this help
        """;

    public static readonly string[] ValueOptions = [];
    public static readonly string[] FlagOptions = [];

    public static int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Positional is not [var folder])
        {
            throw new UsageException(arguments.Positional.Count == 0 ? "give the folder of the new site" : "give one folder");
        }

        var (written, diagnostics) = NewSite.Create(folder, PackageId);
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (diagnostics.Count > 0)
        {
            return 1;
        }

        foreach (var path in written)
        {
            output.WriteLine($"  {folder.Replace('\\', '/').TrimEnd('/')}/{path}");
        }

        output.WriteLine($"Created a new site in {folder}. Next: cd {folder}, then 'site build' or 'site serve'.");
        return 0;
    }

}
