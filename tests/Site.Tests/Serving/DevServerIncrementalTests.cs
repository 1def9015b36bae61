using System.Threading.Channels;
using Site.Building;
using Site.Tests.Building;

namespace Site.Tests.Serving;

/// <summary>The dev server rebuilds incrementally: an edit re-renders its pages, copies the others, and serves the result.</summary>
public sealed class DevServerIncrementalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Editing_a_transcript_while_serving_serves_the_edit_and_copies_the_unchanged_pages()
    {
        var builds = Channel.CreateUnbounded<BuildResult>();
        await using var site = await ServedSite.StartAsync(
            folder =>
            {
                folder.Write(IncrementalSite.VideoTranscript, IncrementalSite.VideoRoundtable);
                folder.Write(IncrementalSite.ChipTranscript, IncrementalSite.ChipRoundtable);
            },
            buildCompleted: result => builds.Writer.TryWrite(result));
        var first = await builds.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(0, first.PagesReused);
        var otherPage = site.Folder.Combine("output/chip-roundtable/s01/index.html");
        var otherPageBefore = await File.ReadAllTextAsync(otherPage);

        const string Added = "这是在服务时追加的一段。";
        await File.AppendAllTextAsync(site.Folder.Combine(IncrementalSite.VideoTranscript), Added + "\n");

        // The build that has the edit; a watcher may report the save more than once.
        BuildResult edited;
        do
        {
            edited = await builds.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        }
        while (!(await site.GetTextAsync("/video-roundtable/s02/")).Contains(Added, StringComparison.Ordinal));

        Assert.True(edited.PagesReused > 0, "the other transcript's pages are copied");
        Assert.Contains(Added, await site.GetTextAsync("/video-roundtable/speakers/lin/"), StringComparison.Ordinal);
        Assert.Equal(otherPageBefore, await File.ReadAllTextAsync(otherPage));
        Assert.Contains("数据、参数和算力一起增长", await site.GetTextAsync("/chip-roundtable/s01/"), StringComparison.Ordinal);

        // What the server built is what a clean build of the same input makes.
        var clean = site.Folder.Combine("clean");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = site.Folder.Combine("input"), Theme = site.Folder.Combine("theme"), Output = clean });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        IncrementalSite.AssertSameFiles(clean, site.Output, "served after the edit");
    }
}
