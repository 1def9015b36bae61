using System.Globalization;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Timed;

/// <summary>
/// Times in pages (<c>data-start</c>, <c>data-t</c>) and in the JSON export are written by digits, not by the float
/// formatter: they must be exactly what the formatter's shortest round-trip form (<c>R</c>) of the rounded time gives.
/// </summary>
public sealed class SecondsFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(27.5, "27.5")]
    [InlineData(9.3333333, "9.333")]
    [InlineData(0.0006, "0.001")]
    [InlineData(0.0004, "0")]
    [InlineData(59.9999, "60")]
    [InlineData(3600.05, "3600.05")]
    [InlineData(-0.0, "-0")]
    [InlineData(-1.25, "-1.25")]
    [InlineData(999_999_999.9994, "999999999.999")]
    [InlineData(1e13, "10000000000000")]
    [InlineData(double.NaN, "NaN")]
    public void Seconds_are_written_as_the_shortest_form_that_reads_back(double seconds, string expected)
    {
        Assert.Equal(expected, TranscriptTimes.Seconds(seconds));
        Assert.Equal(Math.Round(seconds, 3).ToString("R", CultureInfo.InvariantCulture), TranscriptTimes.Seconds(seconds));
    }

    [Fact]
    public void Every_millisecond_of_a_long_recording_and_random_times_read_as_the_formatter_writes_them()
    {
        // Every millisecond of the first ten hours in steps that reach each last digit, then times of any size.
        for (long milliseconds = 0; milliseconds < 36_000_000; milliseconds += 7)
        {
            AssertLikeFormatter(milliseconds / 1000.0);
        }

        var random = new Random(17);
        for (var i = 0; i < 200_000; i++)
        {
            AssertLikeFormatter(random.NextDouble() * Math.Pow(10, random.Next(-4, 14)));
        }
    }

    private static void AssertLikeFormatter(double seconds)
    {
        var expected = Math.Round(seconds, 3).ToString("R", CultureInfo.InvariantCulture);
        var actual = TranscriptTimes.Seconds(seconds);
        if (expected != actual)
        {
            Assert.Fail($"{seconds:R}: expected {expected}, got {actual}");
        }
    }
}
