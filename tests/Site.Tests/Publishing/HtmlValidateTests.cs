using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

/// <summary>
/// Every page of the built sites passes html-validate (pinned in package.json). CI runs <c>npm ci</c> first; on a
/// developer machine without node_modules the test says so and does nothing, but with CI=true it fails.
/// </summary>
public sealed class HtmlValidateTests
{
    [Fact]
    public async Task Sample_site_and_repository_site_have_valid_html()
    {
        var tool = Path.Combine(TestSite.RepositoryRoot, "node_modules", ".bin", "html-validate");
        if (!File.Exists(tool))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "html-validate is not installed: run 'npm ci' at the repository root before the tests (package.json pins it)");
            return;
        }

        using var sample = TestSite.Sample();
        var built = await sample.BuildAsync("/sora-panel/");
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));

        // The repository's own site; link warnings are another test's business.
        var repositoryOutput = Path.Combine(sample.Root, "repository-output");
        var repository = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Path.Combine(TestSite.RepositoryRoot, "input"),
            Theme = TestSite.Theme,
            Output = repositoryOutput,
            BaseUrl = "https://owner.github.io/sora-panel/",
        });
        Assert.True(repository.Succeeded, string.Join('\n', repository.Diagnostics.Where(d => d.IsError)));

        // The config is named because html-validate looks for it beside the files, which live in a temp folder.
        var (exitCode, report) = await ProcessRunner.RunAsync("npx", ["--no-install", "html-validate", "--config", Path.Combine(TestSite.RepositoryRoot, ".htmlvalidate.json"), "--formatter", "text", sample.Output, repositoryOutput], TestSite.RepositoryRoot);
        Assert.True(exitCode == 0, "html-validate found problems:\n" + report);
    }
}
