using Site.Building;
using Site.Diagnostics;
using Site.Search;
using Site.Tests.Support;

namespace Site.Tests.Search;

/// <summary>Indexing is the last step of a build: it fails the build when it cannot run, and the old site stays.</summary>
public sealed class IndexSiteTests
{
    private static async Task<BuildResult> BuildAsync(TempFolder temp, SearchOptions? search)
    {
        temp.Write("input/site.yml", "title: Test\nlanguage: en\n");
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello search.\n");
        return await temp.BuildAsync(search);
    }

    private static void WritePreviousOutput(TempFolder temp) => temp.Write("output/previous.txt", "the site of the last good build");

    [Fact]
    public async Task Without_search_options_no_index_is_written()
    {
        using var temp = new TempFolder();

        var result = await BuildAsync(temp, search: null);

        Assert.True(result.Succeeded);
        Assert.Null(result.Search);
        Assert.False(Directory.Exists(temp.Combine("output", "pagefind")));
    }

    [Fact]
    public async Task The_index_is_written_into_the_output_with_the_pages()
    {
        using var temp = new TempFolder();
        var lines = new List<string>();

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = Repository.Root, Progress = lines.Add });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Search);
        Assert.Equal(1, result.Search.Pages);
        Assert.Equal(0, result.Search.Turns);
        Assert.True(File.Exists(temp.Combine("output", "pagefind", "pagefind.js")));
        Assert.Contains("\"en\"", temp.Read("output/pagefind/pagefind-entry.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_site_is_one_index_and_says_it_has_no_shards()
    {
        using var temp = new TempFolder();

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = Repository.Root });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("[]", temp.Read("output/pagefind/shards.json").Trim());
        Assert.False(Directory.Exists(temp.Combine("output", "pagefind", "shard-1")));
    }

    [Fact]
    public async Task An_index_in_shards_lists_them_for_the_search_dialog_and_each_is_a_whole_index()
    {
        using var temp = new TempFolder();
        temp.Write("input/about.md", "---\ntitle: About\n---\nAbout search.\n");
        temp.Write("input/more.md", "---\ntitle: More\n---\nMore search.\n");

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = Repository.Root, Shards = 2 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Search?.Pages);
        Assert.Equal("[\"shard-1/\"]", temp.Read("output/pagefind/shards.json").Trim());
        foreach (var index in new[] { "output/pagefind", "output/pagefind/shard-1" })
        {
            Assert.Contains("\"en\"", temp.Read(index + "/pagefind-entry.json"), StringComparison.Ordinal);
            Assert.NotEmpty(Directory.GetFiles(temp.Combine(index, "fragment")));
        }
    }

    [Fact]
    public async Task After_swap_the_build_returns_first_and_the_index_follows_into_the_output()
    {
        // The dev server's way: the page can reload as soon as the pages are in place.
        using var temp = new TempFolder();

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = Repository.Root, AfterSwap = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Search);
        Assert.True(File.Exists(temp.Combine("output", "index.html")));
        Assert.NotNull(result.PendingSearch);
        var (summary, diagnostics) = await result.PendingSearch;
        Assert.Empty(diagnostics);
        Assert.Equal(1, summary?.Pages);
        Assert.True(File.Exists(temp.Combine("output", "pagefind", "pagefind.js")));
    }

    [Fact]
    public async Task Without_the_tools_the_build_fails_naming_no_search_and_keeps_the_old_output()
    {
        using var temp = new TempFolder();
        WritePreviousOutput(temp);

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = null });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchToolMissing, error.Code);
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "previous.txt")));
    }

    /// <summary>A tools folder where Pagefind counts as installed (no npm ci) and its program is <paramref name="script"/>.</summary>
    private static string FakeTools(TempFolder temp, string? script)
    {
        temp.Write("tools/package.json", "{}");
        temp.Write("tools/node_modules/pagefind/package.json", "{}");
        if (script is not null)
        {
            var program = $"tools/node_modules/@pagefind/{SearchTools.Platform}/bin/pagefind_extended";
            temp.Write(program, script);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp.Combine(program), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return temp.Combine("tools");
    }

    [Fact]
    public async Task A_failing_indexer_fails_the_build_and_keeps_the_old_output()
    {
        using var temp = new TempFolder();
        WritePreviousOutput(temp);
        var tools = FakeTools(temp, "#!/bin/sh\necho 'pagefind: cannot parse page' >&2\nexit 1\n");

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = tools });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchIndexFailed, error.Code);
        Assert.Contains("pagefind: cannot parse page", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("pagefind_extended", error.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "previous.txt")));
        Assert.False(Directory.Exists(temp.Combine("output", "pagefind")));
    }

    [Fact]
    public async Task An_install_without_the_program_for_this_platform_names_no_search()
    {
        using var temp = new TempFolder();
        WritePreviousOutput(temp);

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = FakeTools(temp, script: null) });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchToolMissing, error.Code);
        Assert.Contains(SearchTools.Platform, error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("output", "previous.txt")));
    }

    [Fact]
    public async Task A_failed_install_names_no_search()
    {
        using var temp = new TempFolder();
        temp.Write("tools/package.json", "{ \"name\": \"broken\" }"); // no lock file: npm ci refuses
        var lines = new List<string>();

        var result = await BuildAsync(temp, new SearchOptions { ToolsFolder = temp.Combine("tools"), Progress = lines.Add });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains(error.Code, new[] { DiagnosticCodes.SearchInstallFailed, DiagnosticCodes.SearchToolMissing });
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("npm ci", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_program_that_is_not_there_is_null_not_an_exception()
    {
        var run = await ToolProcess.RunAsync("site-no-such-program-" + Guid.NewGuid().ToString("N"), [], Path.GetTempPath(), CancellationToken.None);

        Assert.Null(run);
    }

    [Fact]
    public async Task A_tools_own_settings_in_the_environment_are_not_passed_on_and_the_rest_is()
    {
        // Pagefind reads PAGEFIND_* variables as settings: a user's would change what the build asked of it.
        var prefix = "SITE_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "SITE", "/somewhere/else");
        Environment.SetEnvironmentVariable(prefix.TrimEnd('_') + "X", "kept");
        try
        {
            var run = await ToolProcess.RunAsync("sh", ["-c", "env"], Path.GetTempPath(), CancellationToken.None, withoutPrefix: prefix);

            Assert.NotNull(run);
            Assert.DoesNotContain(prefix + "SITE=", run.Output, StringComparison.Ordinal);
            Assert.Contains(prefix.TrimEnd('_') + "X=kept", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "SITE", null);
            Environment.SetEnvironmentVariable(prefix.TrimEnd('_') + "X", null);
        }
    }

    [Fact]
    public void The_tools_are_found_above_a_folder_inside_the_repository()
    {
        Assert.Equal(Repository.Root, Site.Installation.ToolFiles.LocateFrom(Path.Combine(Repository.Root, "tests", "Site.Tests")));
    }
}
