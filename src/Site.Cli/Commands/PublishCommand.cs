using Site.Building;
using Site.Publishing;

namespace Site.Cli.Commands;

/// <summary><c>site publish</c>: a strict build, then one commit of the output on the pages branch, pushed.</summary>
public static class PublishCommand
{
    public const string Help = """
        Usage: site publish [options]

        Builds the site strictly (broken links are errors), commits the output folder as the whole tree of one new
        commit on the pages branch, and pushes that branch. The commit message names the source commit (HEAD).
        Your working tree, index and current branch are not touched. Nothing is published if the build fails.

        Options:
          --remote <name>    remote to push to (default: origin)
          --branch <name>    branch that holds the published site (default: gh-pages)
          --repo <dir>       the source repository (default: the current folder)
          --no-push          commit to the local branch only
          --input <dir>      content folder (default: input)
          --theme <dir>      theme folder (default: theme, else the built-in theme); its files replace the built-in ones
          --output <dir>     output folder (default: output); replaced only if a build of this tool wrote it
          --force            replace the output folder even if it holds files the build did not write
          --base-url <url>   published URL or path, e.g. https://owner.github.io/repo/ (overrides site.yml)
          --quiet            print only diagnostics and the summary lines
          --verbose          show the stack trace of an internal error
          -h, --help         show this help
        """;

    public static readonly string[] ValueOptions = [.. BuildCommand.ValueOptions, "remote", "branch", "repo"];
    public static readonly string[] FlagOptions = [.. BuildCommand.FlagOptions, "no-push"];

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Always strict: a site with broken links is not published.
        var build = BuildCommand.ReadOptions(arguments) with { Strict = true };
        var quiet = arguments.Has("quiet");
        if (!quiet)
        {
            error.WriteLine($"Building {build.Input}/ -> {build.Output}/ (strict) ...");
        }

        var result = await SiteBuilder.BuildAsync(build, cancellationToken);
        BuildCommand.Report(result, output, error, quiet);
        if (!result.Succeeded)
        {
            error.WriteLine("site publish: the build failed or has broken links; nothing was published.");
            return 1;
        }

        var options = new PublishOptions
        {
            Repository = arguments.Value("repo", "."),
            Output = build.Output,
            Remote = arguments.Value("remote", "origin"),
            Branch = arguments.Value("branch", "gh-pages"),
            Push = !arguments.Has("no-push"),
        };
        var published = await PublishToGitHubPages.PublishAsync(options, cancellationToken);
        foreach (var diagnostic in published.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (!published.Succeeded)
        {
            error.WriteLine("site publish: FAILED");
            return 1;
        }

        var where = published.Pushed ? $"{options.Remote}/{options.Branch}" : $"the local branch {options.Branch} (not pushed)";
        output.WriteLine($"Published {published.Commit![..12]} to {where}, built from {published.SourceCommit![..12]}");
        return 0;
    }
}
