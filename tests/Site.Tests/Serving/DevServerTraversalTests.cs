namespace Site.Tests.Serving;

/// <summary>Only files inside the output folder are served, whatever the request path tries.</summary>
public sealed class DevServerTraversalTests
{
    private const string Secret = "TOP-SECRET-OUTSIDE-THE-OUTPUT";

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/about/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/about/..%2f..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/outside-file.txt")]
    [InlineData("/outside-folder/secret.txt")]
    [InlineData("/inside/../outside-folder/secret.txt")]
    public async Task Paths_that_leave_the_output_folder_are_refused(string target)
    {
        await using var site = await StartWithSecretAsync();

        var (status, text) = await RawHttp.GetAsync(site.Server.Port, target);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symbolic_link_that_stays_inside_the_output_folder_is_served()
    {
        await using var site = await StartWithSecretAsync();

        var (status, text) = await RawHttp.GetAsync(site.Server.Port, "/inside/index.html");

        Assert.Equal(200, status);
        Assert.Contains(ServedSite.AboutText, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_target_in_absolute_form_cannot_leave_either()
    {
        await using var site = await StartWithSecretAsync();

        var (status, text) = await RawHttp.GetAsync(site.Server.Port, $"http://127.0.0.1:{site.Server.Port}/../secret.txt");

        Assert.NotEqual(200, status);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    /// <summary>A secret beside the output, and links in the output to it and to a page inside.</summary>
    private static async Task<ServedSite> StartWithSecretAsync()
    {
        var site = await ServedSite.StartAsync(watch: false);
        site.Folder.Write("secret.txt", Secret);
        site.Folder.Write("outside/secret.txt", Secret);
        File.CreateSymbolicLink(Path.Combine(site.Output, "outside-file.txt"), site.Folder.Combine("secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "outside-folder"), site.Folder.Combine("outside"));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "inside"), "about");
        return site;
    }
}
