using System.Net.Sockets;
using System.Text;

namespace Site.Tests.Serving;

/// <summary>
/// Sends a request line exactly as written. HttpClient (through <see cref="Uri"/>) would remove <c>..</c> segments
/// and re-encode the path before it left the test, so traversal attempts need a raw socket.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Text)> GetAsync(int port, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }
}
