using Site.Building;

namespace Site.Serving;

/// <summary>What <see cref="DevServer"/> builds, where it listens, and whom it tells about each build.</summary>
public sealed record DevServerOptions
{
    /// <summary>The port tried first when none is given; the next free ones follow if it is busy.</summary>
    public const int DefaultPort = 5080;

    public BuildOptions Build { get; init; } = new();

    /// <summary>An IP address or <c>localhost</c>; loopback by default so a preview is never exposed by accident.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Null: <see cref="DefaultPort"/> or the next free port. A number: exactly that port (0 = any free one).</summary>
    public int? Port { get; init; }

    /// <summary>Rebuild on every change of the input and theme folders.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>How long the folders must stay quiet before a rebuild starts: editors save in several writes.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Called after every build (the first one included), on the thread that ran it.</summary>
    public Action<BuildResult>? BuildCompleted { get; init; }
}
