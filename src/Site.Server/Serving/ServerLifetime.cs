using Microsoft.Extensions.Hosting;

namespace Site.Serving;

/// <summary>
/// Replaces the host's console lifetime: the server is a library, started and stopped by its owner (the CLI
/// handles Ctrl+C, tests dispose it), so it must not take over the process's signals.
/// </summary>
internal sealed class ServerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
