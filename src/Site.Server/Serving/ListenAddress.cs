using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Site.Serving;

/// <summary>Turns the <c>--host</c> value into the address Kestrel binds and the host name printed in URLs.</summary>
public static class ListenAddress
{
    public static bool TryParse(string host, [NotNullWhen(true)] out IPAddress? address)
    {
        address = host switch
        {
            "localhost" => IPAddress.Loopback,
            "*" or "+" => IPAddress.Any,
            _ => IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed : null,
        };
        return address is not null;
    }

    /// <summary>The host to put in a URL a browser on this machine can open: a wildcard binding is reached through loopback.</summary>
    public static string UrlHost(IPAddress address)
    {
        if (address.Equals(IPAddress.Any))
        {
            return "127.0.0.1";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return "[::1]";
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
    }

    public static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(address);
}
