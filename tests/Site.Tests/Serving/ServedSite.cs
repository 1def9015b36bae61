using Site.Building;
using Site.Search;
using Site.Serving;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>A small site in a temp folder (the repository's theme, an input written by the test) served on a free port.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private ServedSite(TempFolder folder, DevServer server)
    {
        Folder = folder;
        Server = server;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public TempFolder Folder { get; }

    public DevServer Server { get; }

    public HttpClient Client { get; }

    public string Output => Folder.Combine("output");

    public const string AboutText = "This page is about the test site.";

    /// <summary>
    /// Writes the default input (a home page and an about page), lets <paramref name="write"/> add to it, then serves;
    /// <paramref name="buildCompleted"/> hears of every build, the first one included. With <paramref name="search"/>, the
    /// index is written after each reload, as <c>site serve</c> does.
    /// </summary>
    public static async Task<ServedSite> StartAsync(Action<TempFolder>? write = null, bool watch = true, string? baseUrl = null, Action<BuildResult>? buildCompleted = null, SearchOptions? search = null)
    {
        var folder = new TempFolder();
        try
        {
            folder.CopyFromRepository("theme");
            folder.Write("input/site.yml", "title: Test site\nlanguage: en\n");
            folder.Write("input/index.md", "---\ntitle: Home\n---\n\nWelcome home.\n");
            folder.Write("input/about.md", $"---\ntitle: About\n---\n\n{AboutText}\n");
            write?.Invoke(folder);
            var options = new DevServerOptions
            {
                Build = new BuildOptions
                {
                    Input = folder.Combine("input"),
                    Theme = folder.Combine("theme"),
                    Output = folder.Combine("output"),
                    BaseUrl = baseUrl,
                    Search = search is null ? null : search with { AfterSwap = true },
                },
                Port = 0,
                Watch = watch,
                BuildCompleted = buildCompleted,
            };
            var server = await DevServer.StartAsync(options);
            return new ServedSite(folder, server);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<EventReader> OpenEventsAsync(string basePath = "/") =>
        await EventReader.OpenAsync(Client, new Uri(basePath + LiveReloadScript.EventsPath, UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
