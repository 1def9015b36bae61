using System.Diagnostics;
using Site.Cli;
using Site.Cli.Commands;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>
/// A build or preview that was killed leaves its hidden staging folder (or its preview) behind; the next run removes
/// those of processes that are gone, and nothing else.
/// </summary>
public sealed class LeftoverFolderTests
{
    private const string Guid32 = "0123456789abcdef0123456789abcdef";

    /// <summary>The id of a process that has ended (ids are reused only after the counter wraps around).</summary>
    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    [Fact]
    public async Task A_build_removes_staging_folders_of_dead_builds_only()
    {
        using var temp = new TempFolder();
        temp.Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        var dead = await DeadProcessIdAsync();
        var alive = Environment.ProcessId;
        temp.Write($".out.staging-{dead}-{Guid32}/index.html", "half a build");
        temp.Write($".out.previous-{dead}-{Guid32}/index.html", "an old build");
        temp.Write($".out.staging-{alive}-{Guid32}/index.html", "a build running now");
        temp.Write($".out.staging-{dead}-not-ours/notes.txt", "mine");
        temp.Write(".unrelated/notes.txt", "mine");
        temp.Write($".other.staging-{dead}-{Guid32}/index.html", "the leftover of another output folder");

        var (exit, _, error) = await OutputFolderSafetyTests.RunAsync(
            "build", "--input", temp.Combine("input"), "--theme", Path.Combine(Repository.Root, "theme"), "--output", temp.Combine("out"), "--no-search");

        Assert.True(exit == 0, error);
        Assert.False(Directory.Exists(temp.Combine($".out.staging-{dead}-{Guid32}")));
        Assert.False(Directory.Exists(temp.Combine($".out.previous-{dead}-{Guid32}")));
        Assert.True(File.Exists(temp.Combine($".out.staging-{alive}-{Guid32}/index.html")));
        Assert.True(File.Exists(temp.Combine($".out.staging-{dead}-not-ours/notes.txt")));
        Assert.True(File.Exists(temp.Combine(".unrelated/notes.txt")));
        Assert.True(File.Exists(temp.Combine($".other.staging-{dead}-{Guid32}/index.html")));
    }

    [Fact]
    public async Task A_preview_removes_previews_of_dead_servers_only()
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var dead = await DeadProcessIdAsync();
        var name = "leftover-test-" + System.Guid.NewGuid().ToString("N")[..8];
        var deadPreview = Path.Combine(root, $"site-preview-{dead}-{name}");
        var deadStaging = Path.Combine(root, $".site-preview-{dead}-{name}.staging-{dead}-{Guid32}");
        var livePreview = Path.Combine(root, $"site-preview-{Environment.ProcessId}-{name}");
        var notOurs = Path.Combine(root, $"site-preview-{dead}-{name}-mine");
        try
        {
            Directory.CreateDirectory(deadPreview);
            File.WriteAllText(Path.Combine(deadPreview, ".site-output"), "This folder was written by site");
            Directory.CreateDirectory(deadStaging);
            Directory.CreateDirectory(livePreview);
            Directory.CreateDirectory(notOurs);
            File.WriteAllText(Path.Combine(notOurs, "notes.txt"), "mine");

            ServeCommand.ReadOptions(Arguments.Parse(["--no-search"], ServeCommand.ValueOptions, ServeCommand.FlagOptions), TextWriter.Null, TextWriter.Null);

            Assert.False(Directory.Exists(deadPreview));
            Assert.False(Directory.Exists(deadStaging));
            Assert.True(Directory.Exists(livePreview));
            Assert.True(File.Exists(Path.Combine(notOurs, "notes.txt")));
        }
        finally
        {
            foreach (var folder in new[] { deadPreview, deadStaging, livePreview, notOurs })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
