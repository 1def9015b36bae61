using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Site.Tests.Publishing;

/// <summary>
/// A plain static HTTP server (Python's <c>http.server</c>, which is not ours, so it cannot share our mistakes) over
/// a folder, on a free loopback port. Stopped when disposed.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private readonly Process _process;

    private StaticServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StaticServer> StartAsync(string folder)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "http.server", "--bind", "127.0.0.1", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");

        // The server logs every request; drain it so the pipe never fills.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new StaticServer(process, new Uri($"http://127.0.0.1:{port}/"));

        // Bounded wait for the port to accept connections (the test asserts nothing about time).
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        server.Dispose();
        throw new InvalidOperationException("python3 -m http.server did not start");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
