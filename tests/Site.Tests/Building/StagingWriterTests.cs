using System.Text;
using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.Building;

/// <summary>The staging writer writes each file with as few system calls as it can; the files must still be right.</summary>
public sealed class StagingWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Text_is_written_as_UTF8_without_a_byte_order_mark_in_folders_made_on_the_way()
    {
        var writer = new StagingWriter(_folder.Path);
        var path = writer.PathOf("a/b/c/index.html")!;

        writer.WriteText(path, "<p>鲁为民 · Sora 🎬</p>");

        Assert.Equal(Encoding.UTF8.GetBytes("<p>鲁为民 · Sora 🎬</p>"), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_shorter_text_replaces_a_longer_file_entirely()
    {
        var writer = new StagingWriter(_folder.Path);
        var path = writer.PathOf("page.html")!;

        writer.WriteText(path, new string('x', 10_000));
        writer.WriteText(path, "short");

        Assert.Equal("short", File.ReadAllText(path));
    }

    [Fact]
    public void A_large_page_is_written_whole()
    {
        var writer = new StagingWriter(_folder.Path);
        var path = writer.PathOf("big/index.html")!;
        var text = string.Concat(Enumerable.Repeat("第一部分 模型 scaling law。", 200_000));

        writer.WriteText(path, text);

        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_where_a_folder_should_be_is_an_IO_error_naming_the_path()
    {
        var writer = new StagingWriter(_folder.Path);
        writer.WriteText(writer.PathOf("taken")!, "a file");
        var path = writer.PathOf("taken/index.html")!;

        var error = Assert.ThrowsAny<IOException>(() => writer.WriteText(path, "page"));

        Assert.Contains("taken", error.Message, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(writer.PathOf("taken")!));
    }

    public void Dispose() => _folder.Dispose();
}
