using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.Building;
using Site.Search;

namespace Site.BrowserTests.Search;

/// <summary>
/// The repository's own site (the Sora panel) built with its search index under the base path <c>/sora-panel/</c>,
/// served by Python's static file server, as GitHub Pages would serve it; plus one Chromium for all the tests. Its index
/// is cut into three shards, as a large site's is.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string BasePath = "/sora-panel/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-search-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _server;
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    public BuildResult Build { get; private set; } = null!;

    public static string RepositoryRoot()
    {
        var folder = Site.Installation.ToolFiles.LocateFrom(AppContext.BaseDirectory);
        return folder ?? throw new InvalidOperationException("the repository (theme/, package.json and its lock file) is not above " + AppContext.BaseDirectory);
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            return; // every test is skipped (BrowserFact); building would be wasted
        }

        var repository = RepositoryRoot();
        Build = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = Path.Combine(repository, "input"),
            Theme = Path.Combine(repository, "theme"),
            Output = Path.Combine(_root, "www", BasePath.Trim('/')),
            BaseUrl = BasePath,
            // Cut into shards as a large site's index is, so every search here goes through the merge of their results.
            Search = new SearchOptions { ToolsFolder = repository, Shards = 3 },
        });
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", Build.Diagnostics));
        }

        var port = FreePort();
        _server = Process.Start(new ProcessStartInfo("python3")
        {
            ArgumentList = { "-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", Path.Combine(_root, "www") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        // The server logs every request; drain both pipes so it never blocks on a full one.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        BaseUrl = new Uri($"http://127.0.0.1:{port}{BasePath}");
        await WaitUntilListeningAsync(port);

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> OpenAsync(string path = "")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 800 } });
        await page.GotoAsync(new Uri(BaseUrl, path.TrimStart('/')).ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
            _server.Dispose();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"python3 -m http.server exited with {_server.ExitCode}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"python3 -m http.server did not listen on port {port} within 10 s");
    }
}
