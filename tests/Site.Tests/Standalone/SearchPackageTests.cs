using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Installation;
using Site.Tests.Support;

namespace Site.Tests.Standalone;

/// <summary>The package files of the Pagefind cache: the repository's pins, for Pagefind alone.</summary>
public sealed class SearchPackageTests
{
    [Fact]
    public void The_cache_installs_the_pinned_Pagefind_and_its_platform_packages_only()
    {
        var repositoryLock = File.ReadAllText(Path.Combine(Repository.Root, "package-lock.json"));

        var (packageJson, lockJson) = SearchPackage.FromLock(repositoryLock)!.Value;

        using var package = JsonDocument.Parse(packageJson);
        using var trimmed = JsonDocument.Parse(lockJson);
        using var original = JsonDocument.Parse(repositoryLock);
        var devDependencies = package.RootElement.GetProperty("devDependencies");
        Assert.Equal(["pagefind"], devDependencies.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            original.RootElement.GetProperty("packages").GetProperty("").GetProperty("devDependencies").GetProperty("pagefind").GetString(),
            devDependencies.GetProperty("pagefind").GetString());
        var packages = trimmed.RootElement.GetProperty("packages");
        var names = packages.EnumerateObject().Select(p => p.Name).Where(name => name.Length > 0).ToList();
        Assert.Contains("node_modules/pagefind", names);
        Assert.Contains("node_modules/@pagefind/linux-x64", names);
        Assert.All(names, name => Assert.True(name is "node_modules/pagefind" || name.StartsWith("node_modules/@pagefind/", StringComparison.Ordinal), name));
        foreach (var name in names)
        {
            // Each entry as the repository pins it: version, resolved URL and integrity hash.
            Assert.True(JsonNode.DeepEquals(
                JsonNode.Parse(original.RootElement.GetProperty("packages").GetProperty(name).GetRawText()),
                JsonNode.Parse(packages.GetProperty(name).GetRawText())), name);
        }

        Assert.Equal(InstalledTool.PinnedPagefind(), PagefindCache.PinnedVersion(Path.Combine(Repository.Root, "package-lock.json")));
    }

    [Fact]
    public void A_lock_file_without_Pagefind_gives_nothing()
    {
        Assert.Null(SearchPackage.FromLock("""{"lockfileVersion": 3, "packages": {"": {"devDependencies": {"x": "1.0.0"}}}}"""));
    }

    [Theory]
    [InlineData("/ci/cache", "/x", "/home/ann", "/ci/cache")]
    [InlineData(null, "/x", "/home/ann", "/x/site")]
    [InlineData(null, "relative", "/home/ann", "/home/ann/.cache/site")]
    [InlineData(null, null, "/home/not-made-yet", "/home/not-made-yet/.cache/site")]
    public void The_cache_folder_follows_the_environment(string? configured, string? xdg, string? home, string expected) =>
        Assert.Equal(expected, PagefindCache.Root(configured, xdg, home));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("relative/home")]
    public void Without_a_usable_home_the_cache_is_a_full_path_outside_the_site(string? home)
    {
        var root = PagefindCache.Root(null, null, home);

        Assert.True(Path.IsPathRooted(root), root);
        Assert.StartsWith(Path.GetTempPath(), root, StringComparison.Ordinal);
    }
}
