using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Transcripts.Exports;

/// <summary>
/// The chapters of a timed transcript as a Podcasting 2.0 chapters file (<c>podcast:chapters</c> with
/// <c>type="application/json+chapters"</c>): <c>{"version": "1.2.0", "chapters": [{"startTime", "title"}]}</c>, one
/// chapter per titled section with a start, so podcast apps show the same chapters as the site. The format:
/// https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md
/// </summary>
public static class ChaptersJsonWriter
{
    public const string FileName = "chapters.json";
    public const string MediaType = "application/json+chapters";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonEncodedText StartTime = JsonEncodedText.Encode("startTime");

    /// <summary>True when the transcript has chapters to write: a section with a title and a start.</summary>
    public static bool HasChapters(Transcript transcript) => transcript.Sections.Any(IsChapter);

    public static string Write(Transcript transcript) => Encoding.UTF8.GetString(WriteUtf8(transcript));

    /// <summary>The file's bytes (UTF-8), as the build writes them.</summary>
    public static byte[] WriteUtf8(Transcript transcript)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.2.0");
            json.WriteString("title", transcript.Title);
            json.WriteStartArray("chapters");
            foreach (var section in transcript.Sections.Where(IsChapter))
            {
                json.WriteStartObject();
                PodcastJsonWriter.WriteSeconds(json, StartTime, section.Start!.Value);
                json.WriteString("title", section.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // The part before the first chapter or heading has no title of its own: apps show no chapter there.
    private static bool IsChapter(Section section) => section.Start is not null && section.Title.Length > 0;
}
