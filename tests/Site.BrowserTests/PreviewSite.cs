using Site.Building;
using Site.Serving;

namespace Site.BrowserTests;

/// <summary>A small site in a temp folder (the repository's theme, an about page written here) served on a free port.</summary>
public sealed class PreviewSite : IAsyncDisposable
{
    public const string AboutText = "This page is about the test site.";

    private PreviewSite(string root, DevServer server)
    {
        Root = root;
        Server = server;
    }

    public string Root { get; }

    public DevServer Server { get; }

    public string AboutPath => Path.Combine(Root, "input", "about.md");

    public string StylesheetPath => Path.Combine(Root, "theme", "assets", "css", "site.css");

    public string PageLayoutPath => Path.Combine(Root, "theme", "layouts", "page.html");

    public Uri UrlOf(string path) => new(Server.Url, path.TrimStart('/'));

    public static async Task<PreviewSite> StartAsync(string aboutBody = AboutText)
    {
        var root = Path.Combine(Path.GetTempPath(), "site-browser-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            CopyFolder(Path.Combine(RepositoryRoot(), "theme"), Path.Combine(root, "theme"));
            Directory.CreateDirectory(Path.Combine(root, "input"));
            await File.WriteAllTextAsync(Path.Combine(root, "input", "site.yml"), "title: Test site\nlanguage: en\n");
            await File.WriteAllTextAsync(Path.Combine(root, "input", "index.md"), "---\ntitle: Home\n---\n\nWelcome home.\n");
            await File.WriteAllTextAsync(Path.Combine(root, "input", "about.md"), $"---\ntitle: About\n---\n\n{aboutBody}\n");
            var server = await DevServer.StartAsync(new DevServerOptions
            {
                Build = new BuildOptions
                {
                    Input = Path.Combine(root, "input"),
                    Theme = Path.Combine(root, "theme"),
                    Output = Path.Combine(root, "output"),
                },
                Port = 0,
            });
            return new PreviewSite(root, server);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>Waits until <paramref name="count"/> pages listen for events, so an edit is not made before they do.</summary>
    public async Task WaitForListenersAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Server.ClientCount < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
