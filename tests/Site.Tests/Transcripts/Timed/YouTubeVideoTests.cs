using Site.Episodes;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>The addresses people copy from YouTube name the video that the privacy-enhanced embed plays.</summary>
public sealed class YouTubeVideoTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s", "dQw4w9WgXcQ")]
    [InlineData("http://m.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc&t=12", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=3", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared", "dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG", null)]
    [InlineData("https://www.youtube.com/@channel", null)]
    [InlineData("https://www.youtube.com/watch?v=short", null)]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXc%22", null)]
    [InlineData("https://example.com/watch?v=dQw4w9WgXcQ", null)]
    [InlineData("https://youtu.be.example.com/dQw4w9WgXcQ", null)]
    [InlineData("javascript:alert(1)//youtu.be/dQw4w9WgXcQ", null)]
    public void The_video_id_comes_from_watch_share_embed_live_and_shorts_addresses(string url, string? id) =>
        Assert.Equal(id, YouTubeVideo.Id(url));

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "youtube")]
    [InlineData("https://www.youtube.com/playlist?list=PL123", null)]
    [InlineData("https://example.com/episode.mp3", "audio")]
    public void A_youtube_video_gets_the_embed_and_another_youtube_page_no_player(string url, string? kind)
    {
        Assert.Equal(kind, TranscriptMedia.Kind(url));
        Assert.Equal(kind is "audio", TranscriptMedia.IsFile(url));
    }

    [Fact]
    public void The_embed_is_the_privacy_enhanced_one_with_the_iframe_api_on() =>
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?enablejsapi=1&rel=0&playsinline=1", YouTubeVideo.EmbedUrl("dQw4w9WgXcQ"));

    [Theory]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", null)]
    [InlineData("https://example.org/ep1.mp3", "https://example.org/ep1.mp3")]
    public void A_youtube_video_is_no_enclosure_of_the_feeds(string media, string? enclosure)
    {
        var turn = new Turn("s01-t01", "ann", 1, [new Paragraph("Hello.", 1)]) { Start = 0 };
        var transcript = new Transcript("t", "t.vtt", "T", null, null, null, [], [new Speaker("Ann", "ann", [], null, "", false, 1)], [], [new Section(1, "", "s01", 1, [turn])]) { Media = media };

        Assert.Equal(enclosure, Episode.Of(transcript, new TranscriptUrls(singleTranscript: false)).Media);
    }
}
