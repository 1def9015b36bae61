using System.Text;
using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>
/// The repository's input/ and theme/ in a temp folder, with more transcripts, built the way <c>site serve</c>
/// builds it (one <see cref="RebuildCache"/>, the same output folder every time) and compared after each build
/// with a clean build of the same input into a folder of its own.
/// </summary>
internal sealed class IncrementalSite : IDisposable
{
    public const string VideoTranscript = "input/transcripts/video-roundtable.txt";
    public const string ChipTranscript = "input/transcripts/chip-roundtable.txt";
    public const string SoraReplay = "input/transcripts/sora-replay.txt";
    public const string Note = "input/files/note.txt";

    // The last turn of the video round table is the last line of its file: an edit can append to it.
    public const string VideoRoundtable = """
        视频生成圆桌：扩散模型之后

        一场关于视频生成与世界模型的小型圆桌讨论。

        丨嘉宾

        ①林晓(Lin) 视频生成研究员

        ②主持人(科技频道):周然 科技频道编辑

        01 扩散模型为什么适合视频

        科技频道:扩散模型为什么适合生成视频?

        Lin:扩散模型先加噪音再去噪，Transformer 负责建模时空关系，这就是视频扩散的基本思路。

        科技频道:训练数据从哪里来?

        Lin:大量互联网视频，以及游戏引擎合成的数据。

        02 离世界模型还有多远

        科技频道:Sora 算是世界模型吗?

        Lin:还不算，但它在理解物理世界上迈出了一步。

        物体被遮挡后重新出现，说明它学到了一些物体恒存性。

        """;

    public const string ChipRoundtable = """
        算力圆桌：芯片、能耗与规模定律

        三位工程师谈训练大模型所需的算力。

        丨嘉宾

        ①陈一(Chen) 芯片架构师

        ②王二(Wang) 数据中心工程师

        ③主持人(科技频道):周然 科技频道编辑

        01 规模定律还成立吗

        科技频道:规模定律还会继续成立吗?

        Chen:数据、参数和算力一起增长，模型就会继续变强，这是规模定律告诉我们的。

        Wang:但电力是新的瓶颈，一个训练集群的耗电相当于一座小城市。

        科技频道:那怎么办?

        Chen:更高效的芯片，和更聪明的算法。

        02 推理的成本

        科技频道:视频模型的推理成本为什么那么高?

        Wang:每一帧都要经过完整的模型，生成一分钟视频要算上千帧。

        Chen:所以我们在研究专门的推理芯片。

        """;

    private readonly TempFolder _temp = new();
    private int _cleanBuilds;

    private IncrementalSite()
    {
    }

    public RebuildCache Cache { get; } = new();

    /// <summary>The output the incremental builds go to, as <c>site serve</c>'s.</summary>
    public string Output => _temp.Combine("output");

    public string Combine(string relative) => _temp.Combine(relative);

    /// <summary>The repository's site with two small transcripts, a copy of the Sora panel with other text, and a file to copy.</summary>
    public static IncrementalSite Create()
    {
        var site = new IncrementalSite();
        site._temp.CopyFromRepository("input");
        site._temp.CopyFromRepository("theme");
        site._temp.Write(VideoTranscript, VideoRoundtable);
        site._temp.Write(ChipTranscript, ChipRoundtable);
        var sora = File.ReadAllText(site.Combine("input/transcripts/sora-panel.txt"));
        site._temp.Write(SoraReplay, sora
            .Replace("与硅谷创业者深聊Sora:对技术创新和商业逻辑的思考", "重播：与硅谷创业者再聊Sora", StringComparison.Ordinal)
            .Replace("果汁", "咖啡", StringComparison.Ordinal));
        site._temp.Write(Note, "A file copied as it is.\n");
        return site;
    }

    public string Read(string relative) => File.ReadAllText(Combine(relative));

    public void Write(string relative, string text) => _temp.Write(relative, text);

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file, failing when it is not there once.</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = Read(relative);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' is not in {relative} exactly once");
        File.WriteAllText(Combine(relative), string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    public Task<BuildResult> BuildIncrementallyAsync() =>
        SiteBuilder.BuildAsync(Options(Output) with { Cache = Cache });

    /// <summary>
    /// Builds incrementally into <see cref="Output"/>, then cleanly into a new folder, and asserts that both succeed
    /// and give the same files with the same bytes. Returns the incremental build's result.
    /// </summary>
    public async Task<BuildResult> BuildAndCompareAsync(string step)
    {
        var incremental = await BuildIncrementallyAsync();
        Assert.True(incremental.Succeeded, $"{step}: " + string.Join("\n", incremental.Diagnostics));

        var cleanOutput = _temp.Combine($"clean-{++_cleanBuilds}");
        var clean = await SiteBuilder.BuildAsync(Options(cleanOutput));
        Assert.True(clean.Succeeded, $"{step} (clean build): " + string.Join("\n", clean.Diagnostics));

        AssertSameFiles(cleanOutput, Output, step);
        Directory.Delete(cleanOutput, recursive: true);
        return incremental;
    }

    /// <summary>Every file below a folder (hidden ones too) with its bytes, by path relative to it.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Same relative paths, same bytes; the message names the files that differ and the first line that does.</summary>
    public static void AssertSameFiles(string expectedFolder, string actualFolder, string step) =>
        AssertSame(Snapshot(expectedFolder), Snapshot(actualFolder), step);

    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string step)
    {
        var missing = expected.Keys.Except(actual.Keys, StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"{step}: missing {string.Join(", ", missing)}; extra {string.Join(", ", extra)}");

        var different = expected.Keys.Where(path => !expected[path].AsSpan().SequenceEqual(actual[path])).ToList();
        Assert.True(different.Count == 0, different.Count == 0 ? string.Empty :
            $"{step}: {different.Count} of {expected.Count} files differ from a clean build: {string.Join(", ", different.Take(20))}\n" +
            FirstDifference(different[0], expected[different[0]], actual[different[0]]));
    }

    private static string FirstDifference(string path, byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var line = 0; line < Math.Max(expectedLines.Length, actualLines.Length); line++)
        {
            var want = line < expectedLines.Length ? expectedLines[line] : "(end of file)";
            var got = line < actualLines.Length ? actualLines[line] : "(end of file)";
            if (want != got)
            {
                return $"{path}, line {line + 1}:\n  clean:       {want}\n  incremental: {got}";
            }
        }

        return path;
    }

    private BuildOptions Options(string output) => new()
    {
        Input = Combine("input"),
        Theme = Combine("theme"),
        Output = output,
    };

    public void Dispose() => _temp.Dispose();
}
