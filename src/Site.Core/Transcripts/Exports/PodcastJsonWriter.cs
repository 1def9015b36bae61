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

    private static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText StartTime = JsonEncodedText.Encode("startTime");
    private static readonly JsonEncodedText EndTime = JsonEncodedText.Encode("endTime");
    private static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");

    public static string Write(Transcript transcript) => Write(transcript, TranscriptCues.Split(transcript));

    public static string Write(Transcript transcript, IReadOnlyList<Cue> cues) => Encoding.UTF8.GetString(WriteUtf8(transcript, cues));

    /// <summary>The file's bytes (UTF-8), as the build writes them.</summary>
    public static byte[] WriteUtf8(Transcript transcript, IReadOnlyList<Cue> cues)
    {
        // One buffer per thread, kept between transcripts: the file's bytes are copied out of it once.
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
                json.WriteString(Speaker, cue.Voice);
                WriteSeconds(json, StartTime, cue.Start);
                WriteSeconds(json, EndTime, cue.End);
                json.WriteString(Body, cue.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The number <c>WriteNumber(Math.Round(seconds, 3))</c> writes (the shortest form that reads back), made by
    /// <see cref="TranscriptTimes.WriteSeconds"/> without the general float formatter: two per cue.
    /// </summary>
    internal static void WriteSeconds(Utf8JsonWriter json, JsonEncodedText name, double seconds)
    {
        Span<char> text = stackalloc char[TranscriptTimes.MaxSecondsLength];
        Span<byte> bytes = stackalloc byte[TranscriptTimes.MaxSecondsLength];
        var length = TranscriptTimes.WriteSeconds(text, seconds);
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        json.WritePropertyName(name);
        json.WriteRawValue(bytes[..length], skipInputValidation: true);
    }
}
