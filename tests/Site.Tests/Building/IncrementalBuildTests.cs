using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>
/// The dev server's incremental builds (<see cref="RebuildCache"/>): whatever was edited, a build that copies the
/// unchanged pages from the previous output must give exactly the site a clean build of the same input gives.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task After_every_edit_an_incremental_build_equals_a_clean_build()
    {
        using var site = IncrementalSite.Create();
        var original = IncrementalSite.Snapshot(site.Combine("input"));
        var originalTheme = IncrementalSite.Snapshot(site.Combine("theme"));

        var first = await site.BuildAndCompareAsync("first build");
        Assert.Equal(0, first.PagesReused);
        Assert.True(first.PagesWritten > 50, $"{first.PagesWritten} pages");

        // Nothing changed: every page is copied but the 404 page, which is not made by a page pipeline.
        var unchanged = await site.BuildAndCompareAsync("no change");
        Assert.Equal(PagesOf(site) - 1, unchanged.PagesReused);

        site.Write(IncrementalSite.VideoTranscript, site.Read(IncrementalSite.VideoTranscript) + "这是追加到最后一个发言的一段新话。\n");
        var appended = await site.BuildAndCompareAsync("a paragraph appended to the last turn");
        Assert.True(appended.PagesReused > 0);
        Assert.Contains("这是追加到最后一个发言的一段新话。", site.Read("output/video-roundtable/s02/index.html"), StringComparison.Ordinal);
        Assert.Contains("这是追加到最后一个发言的一段新话。", site.Read("output/video-roundtable/speakers/lin/index.html"), StringComparison.Ordinal);

        site.Replace(IncrementalSite.SoraReplay, "装着咖啡的玻璃杯在桌子上破碎的视频", "装着牛奶的玻璃杯在桌子上打翻的视频");
        var middle = await site.BuildAndCompareAsync("one turn changed in the middle of a transcript");
        Assert.True(middle.PagesReused > 0);
        Assert.Contains("装着牛奶的玻璃杯", site.Read("output/sora-replay/s01/index.html"), StringComparison.Ordinal);

        site.Replace(IncrementalSite.ChipTranscript, "算力圆桌：芯片、能耗与规模定律", "算力圆桌：芯片与电力");
        await site.BuildAndCompareAsync("a transcript's title");
        foreach (var page in new[] { "chip-roundtable/index.html", "chip-roundtable/s01/index.html", "chip-roundtable/speakers/chen/index.html", "index.html", "sections/index.html" })
        {
            Assert.Contains("算力圆桌：芯片与电力", site.Read("output/" + page), StringComparison.Ordinal);
        }

        site.Write("input/transcripts/video-replay.txt", IncrementalSite.VideoRoundtable
            .Replace("视频生成圆桌：扩散模型之后", "视频生成圆桌（重播）", StringComparison.Ordinal)
            .Replace("游戏引擎合成的数据", "模拟器合成的数据", StringComparison.Ordinal));
        await site.BuildAndCompareAsync("a transcript added");
        Assert.Contains("模拟器合成的数据", site.Read("output/video-replay/s01/index.html"), StringComparison.Ordinal);

        File.Delete(site.Combine(IncrementalSite.SoraReplay));
        await site.BuildAndCompareAsync("a transcript deleted");
        Assert.False(Directory.Exists(site.Combine("output/sora-replay")));

        site.Replace("input/glossary.yml", "aliases: [时序一致性, ", "aliases: [时序一致性, 时空关系, ");
        await site.BuildAndCompareAsync("a glossary alias added");
        Assert.Contains("时空关系</a>", site.Read("output/video-roundtable/s01/index.html"), StringComparison.Ordinal);

        site.Replace("input/glossary.yml", "深度学习是机器学习的一个分支", "深度学习是机器学习中最重要的一个分支");
        await site.BuildAndCompareAsync("a glossary definition changed");

        // Every page has the skip link, the layouts and the site's title: none can be copied.
        site.Replace("theme/strings/zh-CN.yml", "skip_to_content: 跳到正文", "skip_to_content: 跳到正文内容");
        var strings = await site.BuildAndCompareAsync("a theme string");
        Assert.Equal(0, strings.PagesReused);

        site.Replace("theme/layouts/base.html", "<main id=\"main\"", "<main data-edited id=\"main\"");
        var layout = await site.BuildAndCompareAsync("a layout");
        Assert.Equal(0, layout.PagesReused);

        site.Replace("input/site.yml", "title: 与硅谷创业者深聊Sora", "title: 与硅谷创业者深聊Sora（合集）");
        var title = await site.BuildAndCompareAsync("the site's title");
        Assert.Equal(0, title.PagesReused);

        site.Replace("input/about.md", "## 如何阅读 {#how-to-read}", "本页在测试中改过。\n\n## 如何阅读 {#how-to-read}");
        var about = await site.BuildAndCompareAsync("a hand-written page");
        Assert.True(about.PagesReused > 0);
        Assert.Contains("本页在测试中改过。", site.Read("output/about/index.html"), StringComparison.Ordinal);

        // One transcript: its overview moves to the home page.
        foreach (var other in new[] { IncrementalSite.ChipTranscript, "input/transcripts/sora-panel.txt", "input/transcripts/video-replay.txt" })
        {
            File.Delete(site.Combine(other));
        }

        await site.BuildAndCompareAsync("one transcript left");
        Assert.Contains("视频生成圆桌：扩散模型之后", site.Read("output/index.html"), StringComparison.Ordinal);

        // No transcripts: the top navigation of every page loses its sections and speakers.
        File.Delete(site.Combine(IncrementalSite.VideoTranscript));
        await site.BuildAndCompareAsync("no transcripts");
        Assert.DoesNotContain("/speakers/", site.Read("output/about/index.html").Split("<main")[0], StringComparison.Ordinal);

        Restore(site.Combine("input"), original);
        Restore(site.Combine("theme"), originalTheme);
        await site.BuildAndCompareAsync("everything reverted");
        var again = await site.BuildAndCompareAsync("no change after the revert");
        Assert.Equal(PagesOf(site) - 1, again.PagesReused);
    }

    [Fact]
    public async Task A_broken_layout_leaves_the_output_as_it_was_and_the_build_after_the_fix_equals_a_clean_one()
    {
        using var site = IncrementalSite.Create();
        var section = site.Read("theme/layouts/section.html");

        await AssertFailedBuildChangesNothingAsync(
            site,
            IncrementalSite.VideoTranscript,
            "坏模板时追加的一段。",
            "output/video-roundtable/s02/index.html",
            breakIt: () => site.Write("theme/layouts/section.html", section + "\n{{ if }}\n"),
            fixIt: () => site.Write("theme/layouts/section.html", section));
    }

    [Fact]
    public async Task A_failed_build_does_not_teach_the_cache_the_pages_it_did_not_publish()
    {
        // The failure here (an unknown layout on one page) leaves the templates as they were, so the pages of the
        // edited transcript hash in the failed build as they do in the next one: were the cache to keep them, the
        // next build would copy the old pages from the output, which the failed build never replaced.
        using var site = IncrementalSite.Create();
        var about = site.Read("input/about.md");

        var failed = await AssertFailedBuildChangesNothingAsync(
            site,
            IncrementalSite.ChipTranscript,
            "失败的构建时追加的一段。",
            "output/chip-roundtable/s02/index.html",
            breakIt: () => site.Write("input/about.md", about.Replace("title: 关于本站", "title: 关于本站\nlayout: no-such-layout", StringComparison.Ordinal)),
            fixIt: () => site.Write("input/about.md", about));

        Assert.Contains(failed.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Message.Contains("no-such-layout", StringComparison.Ordinal));
    }

    /// <summary>
    /// Builds, then appends <paramref name="paragraph"/> to a transcript and breaks the site: that build must fail
    /// and leave the output as it was. Once fixed, the incremental build equals a clean one (and still reuses
    /// pages), and <paramref name="page"/> shows the paragraph. Returns the failed build.
    /// </summary>
    private static async Task<BuildResult> AssertFailedBuildChangesNothingAsync(IncrementalSite site, string transcript, string paragraph, string page, Action breakIt, Action fixIt)
    {
        await site.BuildAndCompareAsync("first build");
        var before = IncrementalSite.Snapshot(site.Output);

        site.Write(transcript, site.Read(transcript) + paragraph + "\n");
        breakIt();
        var failed = await site.BuildIncrementallyAsync();

        Assert.False(failed.Succeeded);
        IncrementalSite.AssertSame(before, IncrementalSite.Snapshot(site.Output), "after the failed build");

        fixIt();
        var fixedBuild = await site.BuildAndCompareAsync("fixed");
        Assert.True(fixedBuild.PagesReused > 0);
        Assert.Contains(paragraph, site.Read(page), StringComparison.Ordinal);
        return failed;
    }

    [Fact]
    public async Task Files_copied_from_input_and_theme_are_copies_not_links_of_them()
    {
        // Reused pages are hard links into the previous output; a file of input/ or theme/ must never be, or
        // writing to the output (a tool post-processing it) would change the sources. (stat -c is GNU's.)
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var site = IncrementalSite.Create();
        await site.BuildAndCompareAsync("first build");
        var second = await site.BuildAndCompareAsync("no change");
        Assert.True(second.PagesReused > 0);

        Assert.Equal("A file copied as it is.\n", site.Read("output/files/note.txt"));
        Assert.Equal(1, await LinkCountAsync(site.Combine("output/files/note.txt")));
        Assert.Equal(1, await LinkCountAsync(site.Combine(IncrementalSite.Note)));
        Assert.Equal(1, await LinkCountAsync(site.Combine("output/assets/css/site.css")));
        Assert.Equal(1, await LinkCountAsync(site.Combine("theme/assets/css/site.css")));
    }

    [Fact]
    public async Task A_settings_edit_saved_while_a_build_runs_is_built_by_the_next_build()
    {
        // The build is held in the middle by a transcript that is a named pipe: it has read site.yml and is
        // reading the transcripts when the title is edited. That build may show either title; the next one
        // (which a save during a build always starts) must show the new one on every page.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = IncrementalSite.Create();
        var pipe = site.Combine(IncrementalSite.ChipTranscript);
        File.Delete(pipe);
        Assert.Equal(0, (await ProcessRunner.RunAsync("mkfifo", [pipe])).ExitCode);

        var build = site.BuildIncrementallyAsync();
        var writer = Task.Run(async () =>
        {
            // Opening a pipe for writing waits until the build opens it for reading.
            await using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            site.Replace("input/site.yml", "title: 与硅谷创业者深聊Sora", "title: 保存于构建之中的标题");
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(IncrementalSite.ChipRoundtable));
        });
        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        var during = await build.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(during.Succeeded, string.Join("\n", during.Diagnostics));
        Assert.Contains("与硅谷创业者深聊Sora", site.Read("output/about/index.html"), StringComparison.Ordinal); // held where meant: after site.yml was read

        File.Delete(pipe);
        site.Write(IncrementalSite.ChipTranscript, IncrementalSite.ChipRoundtable);
        await site.BuildAndCompareAsync("the build after the edit");
        Assert.Contains("保存于构建之中的标题", site.Read("output/about/index.html"), StringComparison.Ordinal);
    }

    /// <summary>The HTML pages of the incremental output.</summary>
    private static int PagesOf(IncrementalSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count();

    /// <summary>Makes a folder hold exactly the files of a snapshot again.</summary>
    private static void Restore(string folder, SortedDictionary<string, byte[]> snapshot)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (!snapshot.ContainsKey(Path.GetRelativePath(folder, file).Replace('\\', '/')))
            {
                File.Delete(file);
            }
        }

        foreach (var (relative, bytes) in snapshot)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>How many names the file has (<c>stat -c %h</c>): 1 unless it is hard-linked.</summary>
    private static async Task<int> LinkCountAsync(string path)
    {
        var (exit, output) = await ProcessRunner.RunAsync("stat", ["-c", "%h", path]);
        Assert.Equal(0, exit);
        return int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
