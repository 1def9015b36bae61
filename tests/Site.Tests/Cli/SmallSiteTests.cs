using Site.Cli.Commands;
using Site.Tests.Support;

namespace Site.Tests.Cli;

/// <summary>
/// A site small enough is built in a no-GC region (<see cref="SmallSite"/>), others are left to the collector. The
/// region itself is process-wide state that builds running in parallel in this test host share, so what is tested
/// here is the choice; the command-line tests build small sites through the region.
/// </summary>
public sealed class SmallSiteTests
{
    [Fact]
    public void This_repositorys_site_is_small_whatever_its_assets()
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("input");
        folder.Write("input/assets/big-image.png", new string('x', 500_000)); // not text: copied, not read

        Assert.True(SmallSite.IsSmall(folder.Combine("input")));
    }

    [Fact]
    public void A_site_with_more_text_or_a_missing_folder_is_not()
    {
        using var folder = new TempFolder();
        folder.Write("input/transcripts/a.txt", new string('字', 30_000));
        folder.Write("input/b.md", new string('字', 30_000));

        Assert.False(SmallSite.IsSmall(folder.Combine("input")));
        Assert.False(SmallSite.IsSmall(folder.Combine("missing")));
    }

    [Theory]
    [InlineData("vtt")]
    [InlineData("srt")]
    [InlineData("json")]
    [InlineData("VTT")]
    public void Timed_transcripts_count_as_text(string extension)
    {
        using var folder = new TempFolder();
        folder.Write($"input/transcripts/episode.{extension}", new string('x', 200_000));

        Assert.False(SmallSite.IsSmall(folder.Combine("input")));
    }
}
