using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

public sealed class SampleSiteTests
{
    [Fact]
    public async Task The_sample_site_builds_to_the_expected_files()
    {
        using var temp = new TempFolder();
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Path.Combine(Golden.ProjectFolder, "Golden/001-sample-site/input"),
            Theme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("output"),
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Golden.AssertFolder("Golden/001-sample-site/expected", temp.Combine("output"));
    }

    [Fact]
    public async Task A_partial_in_input_overrides_the_themes_partial()
    {
        using var temp = new TempFolder();
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Path.Combine(Golden.ProjectFolder, "Golden/001-sample-site/input"),
            Theme = Path.Combine(Repository.Root, "theme"),
            Output = temp.Combine("output"),
        });

        Assert.True(result.Succeeded);
        var about = temp.Read("output/about/index.html");
        Assert.Contains("Overridden footer for Sample Site", about, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("output/_draft/index.html")));
        Assert.False(File.Exists(temp.Combine("output/partials/footer.html")));
        Assert.True(File.Exists(temp.Combine("output/images/dot.svg")));
    }
}
