using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Site.Serving;

/// <summary>The open event streams: each browser tab gets its own queue, and a build result goes to all of them.</summary>
public sealed class LiveReloadHub : IDisposable
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private readonly CancellationTokenSource _closing = new();

    public int ClientCount => _clients.Count;

    public void Broadcast(string message)
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Streams events to one client until it goes away or the server stops.</summary>
    public async Task ServeAsync(HttpContext context, Func<string> initial)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // A slow tab must not hold messages for the others: it keeps the latest few.
        var queue = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _clients.TryAdd(queue, 0);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
            // "retry" makes the browser reconnect quickly after the server restarts; the state then says whether to reload.
            await response.WriteAsync("retry: 500\n\n" + initial(), stop.Token);
            await response.Body.FlushAsync(stop.Token);
            await foreach (var message in queue.Reader.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message, stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping: both end the stream normally.
        }
        catch (IOException)
        {
            // The connection broke mid-write; the browser reconnects by itself.
        }
        finally
        {
            _clients.TryRemove(queue, out _);
        }
    }

    /// <summary>Ends every stream so the server can stop without waiting for the tabs.</summary>
    public void Close() => _closing.Cancel();

    public void Dispose() => _closing.Dispose();
}
