using Site.Cli;
using Site.Publishing;

namespace Site.Tests.Publishing;

/// <summary><c>site publish</c> against a local bare repository standing in for GitHub.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly TestSite _site = TestSite.Sample();

    public PublishTests()
    {
        Remote = Path.Combine(_site.Root, "remote.git");
        Directory.CreateDirectory(Remote);
        Git(Remote, "init", "--quiet", "--bare");

        // The working repository is the test site's folder: input/ committed, output/ ignored.
        Git(Work, "init", "--quiet", "-b", "main");
        Git(Work, "config", "user.name", "Test");
        Git(Work, "config", "user.email", "test@example.com");
        File.WriteAllText(Path.Combine(Work, ".gitignore"), "output/\nremote.git/\n");
        Git(Work, "add", "--all");
        Git(Work, "commit", "--quiet", "-m", "sources");
        Git(Work, "remote", "add", "origin", Remote);
    }

    private string Work => _site.Root;

    private string Remote { get; }

    [Fact]
    public async Task Publishes_exactly_the_output_and_adds_one_commit_per_publish_without_touching_the_work_tree()
    {
        // Some work in progress the publish must leave alone: a staged change, an unstaged one, an untracked file.
        File.AppendAllText(Path.Combine(_site.Input, "about.md"), "\n更多内容。\n");
        Git(Work, "add", "input/about.md");
        File.AppendAllText(Path.Combine(_site.Input, "index.md"), "\n未暂存的修改。\n");
        File.WriteAllText(Path.Combine(Work, "notes.txt"), "untracked");
        var before = Snapshot();

        Assert.Equal(0, await PublishAsync());
        var first = Git(Remote, "rev-parse", "refs/heads/gh-pages");
        AssertBranchHoldsOutput();
        Assert.Contains(before.Head, Git(Remote, "log", "-1", "--format=%B", "gh-pages"), StringComparison.Ordinal);

        Assert.Equal(0, await PublishAsync());
        Assert.Equal("2", Git(Remote, "rev-list", "--count", "gh-pages"));
        Assert.Equal(first, Git(Remote, "rev-parse", "gh-pages^"));
        AssertBranchHoldsOutput();

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Refuses_to_publish_a_site_with_broken_links()
    {
        _site.With("broken.md", "[没有这一页](/nowhere/)\n");

        Assert.Equal(1, await PublishAsync());
        Assert.Equal(string.Empty, Git(Remote, "branch", "--list"));
    }

    [Fact]
    public async Task Refuses_to_publish_onto_the_checked_out_branch()
    {
        var result = await PublishToGitHubPages.PublishAsync(new PublishOptions { Repository = Work, Output = _site.Input, Branch = "main", Push = false });

        Assert.False(result.Succeeded);
        Assert.Contains("checked out", result.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private async Task<int> PublishAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return await CommandLine.RunAsync(
            ["publish", "--repo", Work, "--input", _site.Input, "--theme", TestSite.Theme, "--output", _site.Output, "--base-url", "/sora-panel/", "--quiet"],
            output,
            error);
    }

    /// <summary>The remote's gh-pages tree lists exactly the output's files, with the same contents.</summary>
    private void AssertBranchHoldsOutput()
    {
        var files = Directory.EnumerateFiles(_site.Output, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(_site.Output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(".nojekyll", files);

        var tree = Git(Remote, "-c", "core.quotePath=false", "ls-tree", "-r", "gh-pages")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[1], parts => parts[0].Split(' ')[2], StringComparer.Ordinal);
        Assert.Equal(files, tree.Keys.Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(Git(_site.Output, "hash-object", "--", file), tree[file]);
        }
    }

    private (string Head, string Branch, string Status, string Index) Snapshot() =>
        (Git(Work, "rev-parse", "HEAD"),
         Git(Work, "symbolic-ref", "HEAD"),
         Git(Work, "status", "--porcelain", "--untracked-files=all"),
         Convert.ToHexString(File.ReadAllBytes(Path.Combine(Work, ".git", "index"))));

    private static string Git(string folder, params string[] arguments)
    {
        var result = new Git(folder).RunAsync(arguments).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, $"git {string.Join(' ', arguments)} failed: {result.Error}");
        return result.Value;
    }
}
