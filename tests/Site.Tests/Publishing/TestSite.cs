using Site.Building;

namespace Site.Tests.Publishing;

/// <summary>A throwaway folder with an input folder of Markdown pages, built with the repository's theme.</summary>
internal sealed class TestSite : IDisposable
{
    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Theme => Path.Combine(RepositoryRoot, "theme");

    public TestSite With(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Chinese pages linking to each other with fragments, raw HTML, an image, a query and a UTF-8 path.</summary>
    public static TestSite Sample() => new TestSite()
        .With("site.yml", """
            title: 测试站点
            language: zh-CN
            navigation:
              - title: 首页
                url: /
              - title: 关于
                url: /about/
              - title: 笔记
                url: /笔记/
            """)
        .With("index.md", """
            ---
            title: 首页
            ---

            欢迎来到测试站点。这里有[关于](/about/#how-to-read)和[笔记](/%E7%AC%94%E8%AE%B0/#第一节)两页。

            ![标志](/images/logo.svg)

            <p>原始 HTML：<a href="/about/?from=home#how-to-read">关于本站</a>，<img src="/images/logo.svg" alt="标志"></p>

            ## 第二部分

            回到[顶部](#第二部分)，或看[笔记](笔记/)。
            """)
        .With("about.md", """
            ---
            title: 关于
            description: 关于这个测试站点。
            ---

            ## 如何阅读 {#how-to-read}

            先读[首页](/)，再读[笔记的第一节](/笔记/#第一节)。
            """)
        .With("笔记.md", """
            ---
            title: 笔记
            ---

            ## 第一节

            Sora 是一个视频生成模型。它能根据文字生成一分钟的视频。见[关于](../about/#how-to-read)。
            """)
        .With("images/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>""");

    public Task<BuildResult> BuildAsync(string? baseUrl = "/sora-panel/", bool strict = true) =>
        SiteBuilder.BuildAsync(new BuildOptions { Input = Input, Theme = Theme, Output = Output, BaseUrl = baseUrl, Strict = strict });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Git makes its object files read-only; a leftover temp folder is harmless.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above the test folder");
    }
}
