namespace Site.Tests.Serving;

/// <summary>Reads Server-Sent Events from the live-reload endpoint, one event at a time.</summary>
public sealed class EventReader : IDisposable
{
    // A rebuild of the test site takes milliseconds; this only bounds a test that would otherwise hang.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.ToString();

    public static async Task<EventReader> OpenAsync(HttpClient client, Uri url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new EventReader(response, reader);
    }

    /// <summary>The next event: its name and its data line.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data ?? string.Empty);
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<string> NextAsync(string name)
    {
        while (true)
        {
            var (next, data) = await NextAsync();
            if (next == name)
            {
                return data;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
