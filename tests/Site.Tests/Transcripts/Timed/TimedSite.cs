using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Publishing;
using Site.Tests.Support;
using Site.Theming;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>Builds a folder's <c>input/</c> with the repository's theme into <c>output/</c>, the transcripts timed by <see cref="TimeTurns"/>.</summary>
internal static class TimedSite
{
    public const string Transcript = """
        ---
        title: Timed talk
        speakers:
          - name: Ann Lee
            slug: ann
          - name: Bob <Stone> & Co
            slug: bob
            aliases: [Bob]
        ---
        Timed talk

        01 Opening
        Ann Lee: Welcome to the show. <b>bold</b> & "quotes" --> arrows.
        Bob: Thanks, Ann.
        Second paragraph of Bob.

        02 Long part
        Ann Lee: This is a long turn that goes on and on, with many words in it, so that a caption player would have to split it into several cues of reasonable length. It keeps going with another sentence here. And yet another sentence follows, to be sure that the turn is longer than two lines of captions.
        Bob: 这是一个很长的中文发言，用来检查没有空格的文字也能被切分成合理长度的字幕，而不会把一整段话塞进一条字幕里面。我们再说一句话，让它更长一些。
        """;

    /// <summary>The build's diagnostics; the site is in <c>output/</c>.</summary>
    public static DiagnosticBag Build(TempFolder folder, IModule timing, string basePath = "/")
    {
        folder.Write("input/site.yml", $"title: Test\nlanguage: en\nbasePath: {basePath}\n");
        var paths = new BuildPaths(folder.Combine("input"), Path.Combine(Repository.Root, "theme"), folder.Combine("output"), folder.Combine("output"));
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(paths.Input, ThemeFiles.Display(paths.Input), diagnostics);
        var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var pipelines = SitePipelines.Create(paths, theme);
        foreach (var pipeline in pipelines)
        {
            var parse = pipeline.Process.FindIndex(module => module is ParseTranscript);
            if (parse >= 0)
            {
                pipeline.Process.Insert(parse + 1, timing);
            }
        }

        var build = new BuildContext(diagnostics);
        var report = new Engine(pipelines).RunAsync(build).GetAwaiter().GetResult();
        diagnostics.AddRange(CheckOutputLinks.Check(paths, theme.Urls, report, strict: true, Modules.Output.WriteFiles.PageScans(build), Modules.Output.WriteFiles.Destinations(build).Keys));
        return diagnostics;
    }
}
