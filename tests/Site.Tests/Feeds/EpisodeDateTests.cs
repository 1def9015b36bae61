using Site.Episodes;

namespace Site.Tests.Feeds;

public sealed class EpisodeDateTests
{
    [Theory]
    [InlineData("2026-11-06", "2026-11-06", false)]
    [InlineData(" 2026-11-06 ", "2026-11-06", false)]
    [InlineData("2026-11-06T18:30", "2026-11-06T18:30:00+00:00", true)]
    [InlineData("2026-11-06T18:30:15Z", "2026-11-06T18:30:15+00:00", true)]
    [InlineData("2026-11-06T18:30:00+08:00", "2026-11-06T18:30:00+08:00", true)]
    [InlineData("2026-11-06 18:30:00", "2026-11-06T18:30:00+00:00", true)]
    public void Iso_dates_and_date_times_are_read(string text, string machine, bool hasTime)
    {
        var date = EpisodeDate.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(machine, date.Value.MachineText);
        Assert.Equal(hasTime, date.Value.HasTime);
    }

    [Theory]
    [InlineData("Spring 2024")]
    [InlineData("2026-13-01")]
    [InlineData("2026-2-3")]
    [InlineData("06/11/2026")]
    [InlineData("2026-11-06T25:00")]
    [InlineData("")]
    public void Anything_else_is_no_date(string text) => Assert.Null(EpisodeDate.Parse(text));

    [Theory]
    [InlineData("transcripts/2026-11-06-title.txt", "2026-11-06")]
    [InlineData("transcripts/2026-11-06.vtt", "2026-11-06")]
    [InlineData("transcripts/2026-11-06_talk.md", "2026-11-06")]
    [InlineData("transcripts/talk-2026-11-06.txt", null)]
    [InlineData("transcripts/20261106-talk.txt", null)]
    [InlineData("transcripts/2026-02-30-talk.txt", null)]
    public void A_date_at_the_start_of_the_file_name_is_read(string path, string? expected) =>
        Assert.Equal(expected, EpisodeDate.FromFileName(path)?.MachineText);

    [Fact]
    public void Feed_dates_are_rfc_3339_and_rfc_822()
    {
        var day = EpisodeDate.Parse("2026-11-06")!.Value;
        var moment = EpisodeDate.Parse("2026-12-01T18:30:00+08:00")!.Value;

        Assert.Equal("2026-11-06T00:00:00Z", day.Rfc3339);
        Assert.Equal("Fri, 06 Nov 2026 00:00:00 +0000", day.Rfc822);
        Assert.Equal("2026-12-01T18:30:00+08:00", moment.Rfc3339);
        Assert.Equal("Tue, 01 Dec 2026 18:30:00 +0800", moment.Rfc822);
    }
}
