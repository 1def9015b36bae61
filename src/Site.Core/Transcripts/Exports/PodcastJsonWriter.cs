using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Transcripts.Exports;

/// <summary>
/// A timed transcript as a Podcasting 2.0 JSON transcript (<c>podcast:transcript</c> with
/// <c>type="application/json"</c>): <c>{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime",
/// "body"}]}</c>, times in seconds, one segment per cue (<see cref="TranscriptCues.Split"/>). The format:
/// https://github.com/Podcastindex-org/podcast-namespace/blob/main/transcripts/transcripts.md
/// </summary>
public static class PodcastJsonWriter
{
    public const string FileName = "transcript.json";

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Transcript transcript) => Write(transcript, TranscriptCues.Split(transcript));

    public static string Write(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        // One buffer per thread, kept between transcripts: the JSON is decoded once into the export's string.
        var buffer = Buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0.0");
            json.WriteStartArray("segments");
            foreach (var cue in cues)
            {
                json.WriteStartObject();
                json.WriteString("speaker", cue.Voice);
                json.WriteNumber("startTime", Math.Round(cue.Start, 3));
                json.WriteNumber("endTime", Math.Round(cue.End, 3));
                json.WriteString("body", cue.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
