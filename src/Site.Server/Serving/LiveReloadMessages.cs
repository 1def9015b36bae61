using System.Text;
using System.Text.Json;
using Site.Diagnostics;

namespace Site.Serving;

/// <summary>
/// Server-Sent Events the script understands: <c>state</c> on connect, <c>reload</c> and <c>styles</c> after a
/// good build, <c>failed</c> with the diagnostics after a bad one. JSON is written by hand: no reflection, AOT-safe.
/// </summary>
public static class LiveReloadMessages
{
    public static string State(BuildState state) => Event("state", state.Version, state.Errors);

    public static string Reload(BuildState state) => Event("reload", state.Version, []);

    public static string Styles(BuildState state) => Event("styles", state.Version, []);

    public static string Failed(BuildState state) => Event("failed", state.Version, state.Errors);

    private static string Event(string name, string version, IReadOnlyList<Diagnostic> errors)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", version);
            json.WriteStartArray("errors");
            foreach (var error in errors)
            {
                json.WriteStartObject();
                json.WriteString("path", error.Path);
                json.WriteNumber("line", error.Line);
                json.WriteNumber("column", error.Column);
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                json.WriteString("text", error.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter escapes line breaks, so the data fits the one "data:" line SSE needs.
        return $"event: {name}\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}
