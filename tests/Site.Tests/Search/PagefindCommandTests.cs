using System.IO.Compression;
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

    /// <summary>What Pagefind stored as a page's text, from its fragment (gzip, "pagefind_dcd", then JSON).</summary>
    private static string IndexedText(string index)
    {
        var fragment = Assert.Single(Directory.GetFiles(Path.Combine(index, "fragment")));
        using var gzip = new GZipStream(File.OpenRead(fragment), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        var json = bytes.ToArray().AsSpan("pagefind_dcd"u8.Length);
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.GetProperty("content").GetString()!;
    }

    [Fact]
    public async Task The_furniture_of_a_transcript_page_is_left_out_of_its_indexed_text()
    {
        using var temp = new TempFolder();
        temp.Write("site/t/s01/index.html", """
            <!doctype html><html lang="en"><head><title>One</title></head><body><main data-pagefind-body>
            <aside class="transcript-nav"><a href="/t/s02/">Second section title</a></aside>
            <div id="s01-t01" class="turn" data-pagefind-title="Ann"><p>Ann said <a class="permalink" href="#s01-t01">permalink label</a> the words to find.</p></div>
            <div class="turn"><p>A copy of a turn from elsewhere.</p></div>
            <nav class="pager"><a rel="next" href="/t/s02/">Next section label</a></nav>
            </main></body></html>
            """);

        await PagefindCommand.RunAsync(PagefindBinary(), temp.Combine("site"), ["t/s01/index.html"], temp.Combine("site", "pagefind"), "en", CancellationToken.None);

        var text = IndexedText(temp.Combine("site", "pagefind"));
        Assert.Contains("the words to find", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Second section title", text, StringComparison.Ordinal);
        Assert.DoesNotContain("permalink label", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A copy of a turn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Next section label", text, StringComparison.Ordinal);
    }

    /// <summary>What indexing one page with a stand-in Pagefind (a shell script) fails with.</summary>
    private static async Task<InvalidOperationException> FailureOfAsync(string program, TempFolder temp)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PagefindCommand.RunAsync(program, temp.Combine("site"), ["index.html"], temp.Combine("site", "pagefind"), "en", CancellationToken.None));
    }

    [Fact]
    public async Task Pagefind_that_says_it_failed_but_exits_0_with_an_empty_index_is_an_error()
    {
        using var temp = new TempFolder();
        // What Pagefind does with a glob it cannot parse: it logs the error, writes an index of no pages and exits 0.
        var program = temp.Write("pagefind", """
            #!/bin/sh
            out=$(sed -E 's/.*"output_path":"([^"]*)".*/\1/' pagefind.json)
            mkdir -p "$out"
            echo '{"version":"1.6.0","languages":{"en":{"hash":"x","wasm":"en","page_count":0}}}' > "$out/pagefind-entry.json"
            echo 'Error: Provided glob did not parse as a valid glob.'
            exit 0

            """);
        var error = await FailureOfAsync(program, temp);

        Assert.Contains("indexed none of the 1 pages", error.Message, StringComparison.Ordinal);
        Assert.Contains("did not parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_Pagefind_is_an_error_with_what_it_printed_and_leaves_no_working_folder()
    {
        using var temp = new TempFolder();
        var program = temp.Write("pagefind", "#!/bin/sh\necho \"config: $(head -c 9 pagefind.json)\" >&2\necho \"in: $(pwd)\" >&2\nexit 3\n");
        var error = await FailureOfAsync(program, temp);

        Assert.Contains("exited with code 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("config: {\"site\":", error.Message, StringComparison.Ordinal);
        var workingFolder = error.Message[(error.Message.IndexOf("in: ", StringComparison.Ordinal) + 4)..].Trim();
        Assert.Contains("site-pagefind-", workingFolder, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workingFolder));
    }
}
