using System.Runtime.Versioning;
using Site.Diagnostics;
using Site.Tests.Support;
using Site.Tests.Transcripts;

namespace Site.Tests.Building;

/// <summary>Files of the input never disappear without a word: links that leave the site, folders that cannot be
/// read and an empty transcripts folder are reported.</summary>
public sealed class InputListingTests
{
    private static string Report(TempFolder temp, Site.Building.BuildResult result, params string[] codes) =>
        string.Join("\n", result.Diagnostics.Where(d => codes.Contains(d.Code)).Select(d => d.ToString().Replace(temp.Path, "<site>", StringComparison.Ordinal)));

    [Fact]
    public async Task A_linked_transcripts_folder_inside_the_site_is_read()
    {
        using var temp = new TempFolder();
        temp.Write("input/_talks/panel.txt", FullWidthNameTests.Panel);
        Directory.CreateSymbolicLink(temp.Combine("input/transcripts"), temp.Combine("input/_talks"));

        var result = await temp.BuildSucceededAsync();

        Assert.True(File.Exists(temp.Combine("output/panel/s01/index.html")));
        Assert.Equal(string.Empty, Report(temp, result, DiagnosticCodes.LinkOutsideSite, DiagnosticCodes.NoTranscripts));
    }

    [Fact]
    public async Task Links_that_leave_the_site_are_reported_with_their_target()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");
        temp.Write("elsewhere/talks/panel.txt", FullWidthNameTests.Panel);
        temp.Write("elsewhere/robots.txt", "User-agent: *\n");
        Directory.CreateSymbolicLink(temp.Combine("input/transcripts"), temp.Combine("elsewhere/talks"));
        File.CreateSymbolicLink(temp.Combine("input/robots.txt"), temp.Combine("elsewhere/robots.txt"));

        var result = await temp.BuildSucceededAsync();

        Assert.Equal(
            """
            <site>/input/robots.txt: warning SITE014: is a link to '<site>/elsewhere/robots.txt', outside the input and theme folders: it is not followed, so it is not in the site (copy it into the input folder instead)
            <site>/input/transcripts: warning SITE014: is a link to '<site>/elsewhere/talks', outside the input and theme folders: it is not followed, so its files are not in the site (copy them into the input folder instead)
            <site>/input/transcripts/: warning SITE016: no transcripts in input/transcripts/: the site has only hand-written pages (put transcripts there for section and speaker pages)
            """,
            Report(temp, result, DiagnosticCodes.LinkOutsideSite, DiagnosticCodes.NoTranscripts));
        Assert.False(File.Exists(temp.Combine("output/panel/s01/index.html")));
    }

    [Fact]
    public async Task A_link_to_nowhere_is_an_error_and_a_link_to_its_own_folder_is_not_followed()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");
        temp.Write("input/transcripts/panel.txt", FullWidthNameTests.Panel);
        File.CreateSymbolicLink(temp.Combine("input/transcripts/gone.txt"), temp.Combine("input/nothing.txt"));
        Directory.CreateSymbolicLink(temp.Combine("input/transcripts/loop"), temp.Combine("input"));

        var result = await temp.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
            """
            <site>/input/transcripts/gone.txt: error SITE001: is a link to '<site>/input/nothing.txt', which does not exist, so it is not in the site
            <site>/input/transcripts/loop: warning SITE014: is a link to '<site>/input', a folder that contains the link itself: it is not followed
            """,
            Report(temp, result, DiagnosticCodes.LinkOutsideSite, DiagnosticCodes.UnreadableFile));
    }

    [Fact]
    public async Task A_site_without_transcripts_builds_with_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");

        var result = await temp.BuildSucceededAsync();

        Assert.Equal(
            "<site>/input/transcripts/: warning SITE016: no transcripts in input/transcripts/: the site has only hand-written pages (put transcripts there for section and speaker pages)",
            Report(temp, result, DiagnosticCodes.NoTranscripts));
    }

    /// <summary>Root reads every folder whatever its mode, and the tests run as root: the build then runs in its
    /// own process as the unprivileged user 'nobody' (setpriv), for whom a mode-000 folder is unreadable.</summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_transcripts_folder_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHome.\n");
        temp.Write("input/transcripts/panel.txt", FullWidthNameTests.Panel);
        temp.Write("input/transcripts/locked/hidden-talk.txt", FullWidthNameTests.Panel);
        OpenToEveryone(temp.Path);
        File.SetUnixFileMode(temp.Combine("input/transcripts/locked"), UnixFileMode.None);

        var site = Path.Combine(AppContext.BaseDirectory, "site.dll");
        string[] build = ["build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("output"), "--no-search", "--quiet"];
        var (exit, output) = Environment.UserName == "root"
            ? await ProcessRunner.RunAsync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", $"HOME={temp.Path}", "dotnet", site, .. build], temp.Path)
            : await ProcessRunner.RunAsync("dotnet", [site, .. build], temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("input/transcripts/locked: error SITE015: cannot read the folder, so none of its files are in the site", output, StringComparison.Ordinal);
        File.SetUnixFileMode(temp.Combine("input/transcripts/locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [UnsupportedOSPlatform("windows")]
    private static void OpenToEveryone(string folder)
    {
        const UnixFileMode all = (UnixFileMode)0b111_111_111;
        File.SetUnixFileMode(folder, all);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, all);
        }
    }
}
