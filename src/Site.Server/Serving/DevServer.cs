using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Site.Serving;

/// <summary>
/// The preview server: builds the site, serves the output folder with Kestrel, rebuilds on every change and tells
/// the open pages. Start it with <see cref="StartAsync"/>, stop it with <see cref="DisposeAsync"/>.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    // With no port given, the default and this many after it are tried before giving up.
    private const int PortsToTry = 20;

    private readonly WebApplication _app;
    private readonly LiveReloadHub _hub;
    private readonly SiteRebuilder _rebuilder;
    private readonly SiteWatcher? _watcher;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _rebuilding;
    private readonly string _urlHost;

    private DevServer(WebApplication app, LiveReloadHub hub, SiteRebuilder rebuilder, SiteWatcher? watcher, CancellationTokenSource stopping, Task rebuilding, IPAddress address, int port)
    {
        _app = app;
        _hub = hub;
        _rebuilder = rebuilder;
        _watcher = watcher;
        _stopping = stopping;
        _rebuilding = rebuilding;
        Address = address;
        Port = port;
        _urlHost = ListenAddress.UrlHost(address);
    }

    public IPAddress Address { get; }

    public int Port { get; }

    /// <summary>The site's address, base path included (e.g. <c>http://127.0.0.1:5080/sora-panel/</c>).</summary>
    public Uri Url => new($"http://{_urlHost}:{Port}{_rebuilder.State.BasePath}");

    public BuildState State => _rebuilder.State;

    /// <summary>Open event streams (browser tabs); lets tests wait until a page is listening.</summary>
    public int ClientCount => _hub.ClientCount;

    /// <summary>Binds the port, runs the first build, then watches. Throws <see cref="PortInUseException"/> when
    /// the port given is taken, or when no port was given and none of the 20 from 5080 is free.</summary>
    public static async Task<DevServer> StartAsync(DevServerOptions options, CancellationToken cancellationToken = default)
    {
        if (!ListenAddress.TryParse(options.Host, out var address))
        {
            throw new ArgumentException($"'{options.Host}' is not an IP address or 'localhost'", nameof(options));
        }

        var hub = new LiveReloadHub();
        var rebuilder = new SiteRebuilder(options, hub);
        var handler = new SiteRequestHandler(options.Build.Output, rebuilder, hub);
        var (app, port) = await ListenAsync(address, options.Port, handler, cancellationToken);

        // Watching starts before the first build so a save during it is not lost.
        var watcher = options.Watch
            ? new SiteWatcher([options.Build.Input, options.Build.Theme], options.Build.Output, rebuilder.Changed)
            : null;
        await rebuilder.BuildAsync([], cancellationToken);
        var stopping = new CancellationTokenSource();
        var rebuilding = Task.Run(() => rebuilder.RunAsync(stopping.Token), CancellationToken.None);
        return new DevServer(app, hub, rebuilder, watcher, stopping, rebuilding, address, port);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        try
        {
            await _rebuilding;
        }
        catch (OperationCanceledException)
        {
            // The rebuild loop ends by cancellation.
        }

        await _rebuilder.StopSearchAsync();

        _hub.Close();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _hub.Dispose();
        _stopping.Dispose();
    }

    private static async Task<(WebApplication App, int Port)> ListenAsync(IPAddress address, int? requested, SiteRequestHandler handler, CancellationToken cancellationToken)
    {
        var port = requested ?? DevServerOptions.DefaultPort;
        for (var attempt = 1; ; attempt++)
        {
            var app = Create(address, port, handler);
            try
            {
                await app.StartAsync(cancellationToken);
                return (app, BoundPort(app));
            }
            catch (Exception exception) when (exception is AddressInUseException || exception.InnerException is AddressInUseException)
            {
                await app.DisposeAsync();
                if (requested is not null || attempt >= PortsToTry)
                {
                    throw new PortInUseException(port, exception);
                }

                port++;
            }
        }
    }

    private static WebApplication Create(IPAddress address, int port, SiteRequestHandler handler)
    {
        // The empty builder reads no appsettings.json, environment URLs or command line, and watches no files.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        builder.Services.AddSingleton<IHostLifetime, ServerLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        return app;
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First()).Port;
    }
}
