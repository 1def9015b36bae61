using System.Buffers;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Site.Search;

/// <summary>
/// One Pagefind program in its service mode (<c>pagefind --service</c>, what its Node API drives), holding one index
/// that pages are added to one by one. Requests are JSON, base64-encoded and ended by a comma on its stdin; answers
/// come back the same way on stdout, each naming the request it answers. Requests are sent without waiting for the
/// answers, so Pagefind indexes one page while the next is read and sent.
/// </summary>
internal sealed class PagefindService : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly Task reading;
    private readonly Task<string> errors;
    private int lastMessageId;
    private Exception? stopped;

    // Pages are mostly non-ASCII text (Chinese): written as it is, not as \u escapes six times its size. JSON read by
    // a program, never placed in HTML, so the relaxed escaping is safe here.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private PagefindService(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        errors = process.StandardError.ReadToEndAsync();
        reading = Task.Run(ReadAnswersAsync);
    }

    /// <summary>Starts the program; null when it cannot be started.</summary>
    public static PagefindService? Start(string binary, string workingDirectory)
    {
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--service");
        ToolProcess.RemoveEnvironment(start, PagefindCommand.SettingsPrefix);
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            process.Dispose();
            return null;
        }

        return new PagefindService(process);
    }

    /// <summary>Creates the index every later request adds to; Pagefind numbers indexes from 0 per program.</summary>
    public Task<JsonElement> NewIndexAsync(string language, IEnumerable<string> excludeSelectors) =>
        SendAsync(writer =>
        {
            writer.WriteString("type", "NewIndex");
            writer.WriteStartObject("config");
            writer.WriteString("force_language", language);
            writer.WriteStartArray("exclude_selectors");
            foreach (var selector in excludeSelectors)
            {
                writer.WriteStringValue(selector);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>Adds a page; its URL is its path with <c>index.html</c> left off, as Pagefind gives pages it reads from disk.</summary>
    /// <param name="relativePath">The page's path in the site, with forward slashes.</param>
    public Task<JsonElement> AddFileAsync(string relativePath, string html) =>
        SendAsync(writer =>
        {
            writer.WriteString("type", "AddFile");
            writer.WriteNumber("index_id", 0);
            writer.WriteString("file_path", relativePath);
            writer.WriteString("file_contents", html);
        });

    /// <summary>Builds the index and writes it, with Pagefind's scripts, to <paramref name="outputPath"/>.</summary>
    public Task<JsonElement> WriteFilesAsync(string outputPath) =>
        SendAsync(writer =>
        {
            writer.WriteString("type", "WriteFiles");
            writer.WriteNumber("index_id", 0);
            writer.WriteString("output_path", outputPath);
        });

    private async Task<JsonElement> SendAsync(Action<Utf8JsonWriter> payload)
    {
        var id = Interlocked.Increment(ref lastMessageId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        if (Volatile.Read(ref stopped) is { } failure)
        {
            answer.TrySetException(failure);
            pending.TryRemove(id, out _);
            return await answer.Task;
        }

        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("message_id", id);
            writer.WriteStartObject("payload");
            payload(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var encoded = new byte[System.Buffers.Text.Base64.GetMaxEncodedToUtf8Length(json.WrittenCount) + 1];
        System.Buffers.Text.Base64.EncodeToUtf8(json.WrittenSpan, encoded, out _, out var length);
        encoded[length] = (byte)',';
        await sending.WaitAsync();
        try
        {
            await input.WriteAsync(encoded.AsMemory(0, length + 1));
            await input.FlushAsync();
        }
        catch (IOException)
        {
            // The program has ended; the reader fails every pending request with what it printed.
        }
        finally
        {
            sending.Release();
        }

        return await answer.Task;
    }

    private async Task ReadAnswersAsync()
    {
        var output = process.StandardOutput.BaseStream;
        var message = new ArrayBufferWriter<byte>();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await output.ReadAsync(buffer)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                int comma;
                while ((comma = chunk.IndexOf((byte)',')) >= 0)
                {
                    message.Write(chunk[..comma]);
                    Answer(message.WrittenSpan);
                    message.ResetWrittenCount();
                    chunk = chunk[(comma + 1)..];
                }

                message.Write(chunk);
            }
        }
        catch (IOException)
        {
        }

        var stderr = await errors;
        var ended = new InvalidOperationException($"Pagefind stopped{(process.HasExited ? $" (exit code {process.ExitCode})" : string.Empty)}: {Tail(stderr)}");
        Volatile.Write(ref stopped, ended);
        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(ended);
        }
    }

    private void Answer(ReadOnlySpan<byte> base64)
    {
        var json = new byte[System.Buffers.Text.Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (System.Buffers.Text.Base64.DecodeFromUtf8(base64, json, out _, out var length) != OperationStatus.Done)
        {
            return;
        }

        using var document = JsonDocument.Parse(json.AsMemory(0, length));
        var root = document.RootElement;
        var payload = root.GetProperty("payload").Clone();
        var isError = payload.TryGetProperty("type", out var type) && type.ValueEquals("Error");
        if (root.TryGetProperty("message_id", out var id) && id.ValueKind == JsonValueKind.Number && pending.TryRemove(id.GetInt32(), out var answer))
        {
            if (isError)
            {
                answer.TrySetException(new InvalidOperationException(ErrorMessage(payload)));
            }
            else
            {
                answer.TrySetResult(payload);
            }
        }
        else if (isError)
        {
            // An answer to no request: Pagefind could not read one. Every waiting request fails with its reason.
            var failure = new InvalidOperationException(ErrorMessage(payload));
            foreach (var waiting in pending.Values)
            {
                waiting.TrySetException(failure);
            }
        }
    }

    private static string ErrorMessage(JsonElement payload) =>
        payload.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() ?? "error" : "error";

    private static string Tail(string text) =>
        string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(8));

    public async ValueTask DisposeAsync()
    {
        try
        {
            // End of input ends the service.
            input.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }

        await reading.ConfigureAwait(false);
        process.Dispose();
        sending.Dispose();
    }
}
