using System.Text.Json;
using Site.Search;
using Site.Tests.Support;

namespace Site.Tests.Search;

/// <summary>A build's index is made by Pagefind's command line from the exact list of pages to index.</summary>
public sealed class PagefindCommandTests
{
    private static string Page(string words) =>
        $"<!doctype html><html lang=\"en\"><head><title>{words}</title></head><body><main data-pagefind-body><p>{words}</p></main></body></html>";

    private static string PagefindBinary() =>
        SearchTools.Binary(Repository.Root) ?? throw new InvalidOperationException("Pagefind is not installed in the repository (npm ci)");

    [Fact]
    public async Task The_listed_pages_are_indexed_whatever_their_folder_names_hold_and_no_other()
    {
        using var temp = new TempFolder();
        string[] listed = ["a,b/index.html", "x{y}/index.html", "[draft]/index.html", "c++ (notes)/index.html", "日本語/index.html", "index.html"];
        foreach (var page in listed)
        {
            temp.Write("site/" + page, Page("listed " + page));
        }

        temp.Write("site/left-out/index.html", Page("not listed"));

        var indexed = await PagefindCommand.RunAsync(PagefindBinary(), temp.Combine("site"), listed, temp.Combine("site", "pagefind"), "en", CancellationToken.None);

        Assert.Equal(listed.Length, indexed);
        using var entry = JsonDocument.Parse(temp.Read("site/pagefind/pagefind-entry.json"));
        Assert.Equal(listed.Length, entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32());
        Assert.Equal(listed.Length, Directory.GetFiles(temp.Combine("site", "pagefind", "fragment")).Length);
    }

    [Fact]
    public async Task A_failing_Pagefind_is_an_error_with_what_it_printed_and_leaves_no_working_folder()
    {
        using var temp = new TempFolder();
        var program = temp.Write("pagefind", "#!/bin/sh\necho \"config: $(head -c 9 pagefind.json)\" >&2\necho \"in: $(pwd)\" >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PagefindCommand.RunAsync(program, temp.Combine("site"), ["index.html"], temp.Combine("site", "pagefind"), "en", CancellationToken.None));

        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("config: {\"site\":", error.Message, StringComparison.Ordinal);
        var workingFolder = error.Message[(error.Message.IndexOf("in: ", StringComparison.Ordinal) + 4)..].Trim();
        Assert.Contains("site-pagefind-", workingFolder, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workingFolder));
    }
}
