using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

public sealed class SymbolicLinkTests
{
    [Fact]
    public async Task A_linked_folder_that_leaves_the_input_is_not_read_or_published()
    {
        using var temp = new TempFolder();
        temp.Write("outside/secret.md", "---\ntitle: Secret\n---\nNot for the site.\n");
        temp.Write("outside/secret.txt", "not for the site");
        temp.Write("outside/deep/deeper.txt", "not for the site either");
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        temp.Write("input/inside/kept.txt", "kept");
        Directory.CreateSymbolicLink(temp.Combine("input/linked"), temp.Combine("outside"));
        Directory.CreateSymbolicLink(temp.Combine("input/alias"), temp.Combine("input/inside"));
        File.CreateSymbolicLink(temp.Combine("input/inside/stolen.txt"), temp.Combine("outside/secret.txt"));

        await temp.BuildSucceededAsync();
        Assert.False(Directory.Exists(temp.Combine("output/linked")));
        Assert.False(File.Exists(temp.Combine("output/linked/secret/index.html")));
        Assert.False(File.Exists(temp.Combine("output/linked/deep/deeper.txt")));
        Assert.False(File.Exists(temp.Combine("output/inside/stolen.txt")), "a linked file that leaves the input is not copied");
        Assert.False(File.Exists(temp.Combine("output/alias/stolen.txt")));
        Assert.True(File.Exists(temp.Combine("output/alias/kept.txt")), "a link that stays inside the input is followed");
    }
}
