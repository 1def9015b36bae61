using System.IO.Compression;
using Site.Tests.Support;

namespace Site.Tests.Standalone;

/// <summary>
/// The packed and installed tool, run in empty folders under the system temp folder, away from the repository: it
/// must bring its theme and the lock file pinning Pagefind with it. Pagefind comes from the per-user cache, seeded from the
/// repository's node_modules so that no test downloads it.
/// </summary>
public sealed class InstalledToolTests
{
    [Fact]
    public async Task Site_new_then_site_build_outside_the_repository_writes_the_pages_and_the_search_index()
    {
        var tool = await InstalledTool.GetAsync();
        using var temp = new TempFolder();
        Assert.False(temp.Path.StartsWith(Repository.Root, StringComparison.Ordinal));
        var home = SeededHome(temp);
        Directory.CreateDirectory(temp.Combine("work"));

        var (created, createOutput) = await tool.RunAsync(temp.Combine("work"), home, ["new", "x"]);
        Assert.True(created == 0, createOutput);
        var (built, buildOutput) = await tool.RunAsync(temp.Combine("work", "x"), home, ["build"]);

        Assert.True(built == 0, buildOutput);
        Assert.Contains("Build succeeded", buildOutput, StringComparison.Ordinal);
        Assert.Contains(" 0 warnings, 0 errors", buildOutput, StringComparison.Ordinal);
        var site = temp.Combine("work", "x", "output");
        Assert.Contains("<title>Episode 1: Why we publish transcripts", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        var section = File.ReadAllText(Path.Combine(site, "first-episode", "s02", "index.html"));
        Assert.Contains("Why a static site", section, StringComparison.Ordinal);
        Assert.Equal(2, section.Split("class=\"turn\"").Length - 1);
        Assert.Contains("It also costs nothing to host.", section, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "assets", "css", "site.css")), "the built-in theme's assets are copied");
        Assert.True(File.Exists(Path.Combine(site, "pagefind", "pagefind.js")), buildOutput);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site, "pagefind", "fragment")));
        // Pagefind ran from the cache, which the tool filled with package files cut from its own lock file.
        var cache = Path.Combine(home, ".cache", "site", "pagefind-" + InstalledTool.PinnedPagefind());
        Assert.DoesNotContain("html-validate", File.ReadAllText(Path.Combine(cache, "package-lock.json")), StringComparison.Ordinal);
        Assert.Contains("node_modules/pagefind", File.ReadAllText(Path.Combine(cache, "package-lock.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_theme_folder_the_built_in_theme_is_used_as_it_is()
    {
        var tool = await InstalledTool.GetAsync();
        using var temp = new TempFolder();
        var home = Directory.CreateDirectory(temp.Combine("home")).FullName;
        temp.Write("site/input/transcripts/talk.txt", Talk);

        var (exit, output) = await tool.RunAsync(temp.Combine("site"), home, ["build", "--no-search"]);

        Assert.True(exit == 0, output);
        Assert.Contains(" 0 errors", output, StringComparison.Ordinal);
        Assert.Contains("class=\"turn\"", temp.Read("site/output/talk/s01/index.html"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site", "theme")));
    }

    [Fact]
    public async Task When_npm_cannot_install_Pagefind_into_the_SITE_CACHE_folder_the_build_fails_and_says_how_to_build_without_search()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in npm below is a shell script
        }

        var tool = await InstalledTool.GetAsync();
        using var temp = new TempFolder();
        var home = Directory.CreateDirectory(temp.Combine("home")).FullName;
        // An npm that fails as it does without network, first on PATH.
        var bin = Directory.CreateDirectory(temp.Combine("bin")).FullName;
        var npm = temp.Write("bin/npm", "#!/bin/sh\necho 'npm error code EAI_AGAIN' >&2\necho 'npm error request to https://registry.npmjs.org/pagefind failed' >&2\nexit 1\n");
        File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        temp.Write("site/input/transcripts/talk.txt", Talk);

        var cache = temp.Combine("elsewhere");

        var (exit, output) = await tool.RunAsync(temp.Combine("site"), home, ["build"], new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["SITE_CACHE"] = cache,
        });

        Assert.Equal(1, exit);
        Assert.Contains("Installing Pagefind for search, once: npm ci in " + Path.Combine(cache, "pagefind-" + InstalledTool.PinnedPagefind()), output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(cache, "pagefind-" + InstalledTool.PinnedPagefind(), "package-lock.json") + ": error SITE602: installing Pagefind failed", output, StringComparison.Ordinal);
        Assert.Contains("EAI_AGAIN", output, StringComparison.Ordinal);
        Assert.Contains("--no-search", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("site", "output")));
        // The failed install left nothing half-done in the cache: only the folder with the package files.
        Assert.Equal(["pagefind-" + InstalledTool.PinnedPagefind()], Directory.GetDirectories(cache).Select(Path.GetFileName));
        Assert.False(Directory.Exists(Path.Combine(cache, "pagefind-" + InstalledTool.PinnedPagefind(), "node_modules")));
    }

    [Fact]
    public async Task Site_version_prints_the_version_the_package_has()
    {
        var tool = await InstalledTool.GetAsync();
        using var temp = new TempFolder();
        var version = InstalledTool.ExpectedVersion();

        var (exit, output) = await tool.RunAsync(temp.Path, temp.Path, ["--version"]);

        Assert.Equal(0, exit);
        Assert.Equal($"site {version}", output.Trim());
        Assert.Equal($"TranscriptSite.{version}.nupkg", Path.GetFileName(tool.Package));
    }

    [Fact]
    public async Task The_package_carries_the_theme_and_the_lock_file()
    {
        var tool = await InstalledTool.GetAsync();
        using var zip = ZipFile.OpenRead(tool.Package);
        var names = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        const string Folder = "tools/net10.0/any/";

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "theme"), "*", SearchOption.AllDirectories))
        {
            Assert.Contains(Folder + "theme/" + Path.GetRelativePath(Path.Combine(Repository.Root, "theme"), file).Replace('\\', '/'), names);
        }

        Assert.DoesNotContain(names, name => name.EndsWith(".mjs", StringComparison.Ordinal));
        Assert.Contains(Folder + "package.json", names);
        Assert.Contains(Folder + "package-lock.json", names);
        Assert.DoesNotContain(names, name => name.Contains("site-tools", StringComparison.Ordinal));
    }

    private const string Talk = "---\nspeakers: [{name: Ann}, {name: Bob}]\n---\nTalk\n\n## Start\n\nAnn: Hello there.\n\nBob: Hello, Ann.\n";

    /// <summary>A home whose cache already holds the pinned Pagefind: a link to the repository's node_modules.</summary>
    private static string SeededHome(TempFolder temp)
    {
        var home = Directory.CreateDirectory(temp.Combine("home")).FullName;
        var cache = Directory.CreateDirectory(Path.Combine(home, ".cache", "site", "pagefind-" + InstalledTool.PinnedPagefind())).FullName;
        Directory.CreateSymbolicLink(Path.Combine(cache, "node_modules"), Path.GetFullPath(Path.Combine(Repository.Root, "node_modules")));
        return home;
    }
}
