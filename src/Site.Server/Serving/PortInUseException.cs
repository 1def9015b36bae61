namespace Site.Serving;

/// <summary>
/// The port asked for is taken. Not a diagnostic (it is about the machine, not the user's files), and the caller
/// decides how to say it, so it is the one exception <see cref="DevServer.StartAsync"/> raises on purpose.
/// </summary>
public sealed class PortInUseException : IOException
{
    public PortInUseException()
    {
    }

    public PortInUseException(string message)
        : base(message)
    {
    }

    public PortInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PortInUseException(int port, Exception innerException)
        : base($"port {port} is already in use", innerException)
    {
        Port = port;
    }

    public int Port { get; }
}
