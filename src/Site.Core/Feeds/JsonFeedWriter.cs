using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Episodes;

namespace Site.Feeds;

/// <summary>The JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with <see cref="Utf8JsonWriter"/>.</summary>
public static class JsonFeedWriter
{
    public const string MediaType = "application/feed+json";
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static string Write(FeedSite site)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping keeps Chinese titles readable; it still escapes what would end a script or HTML block.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", site.Settings.Title);
            json.WriteString("home_page_url", site.HomeUrl);
            json.WriteString("feed_url", site.Absolute("/" + FeedSite.JsonFile));
            json.WriteString("description", site.Description);
            json.WriteString("language", site.Settings.Language);
            if (site.Settings.Author.Length > 0)
            {
                json.WriteStartArray("authors");
                json.WriteStartObject();
                json.WriteString("name", site.Settings.Author);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartArray("items");
            foreach (var episode in site.Episodes)
            {
                Item(json, site, episode);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Item(Utf8JsonWriter json, FeedSite site, Episode episode)
    {
        var url = site.Absolute(episode.Url);
        json.WriteStartObject();
        json.WriteString("id", url);
        json.WriteString("url", url);
        json.WriteString("title", episode.Title);
        // An item needs content_html or content_text: the summary, else the title.
        json.WriteString("content_text", episode.Summary.Length > 0 ? episode.Summary : episode.Title);
        if (episode.Date is { } date)
        {
            json.WriteString("date_published", date.Rfc3339);
        }

        if (episode.Language is { } language)
        {
            json.WriteString("language", language);
        }

        if (episode.Media is not null || episode.Exports.Count > 0)
        {
            json.WriteStartArray("attachments");
            if (episode.Media is not null)
            {
                var media = site.MediaUrl(episode);
                Attachment(json, media, FeedSite.MediaType(media));
            }

            foreach (var export in episode.Exports)
            {
                Attachment(json, site.Absolute(export.Url), export.MediaType);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Attachment(Utf8JsonWriter json, string url, string mediaType)
    {
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteString("mime_type", mediaType);
        json.WriteEndObject();
    }
}
