using System.Globalization;
using System.Text;
using Site.Transcripts.Charts;

namespace Site.Tests.Charts;

/// <summary>The charts' numbers and text as HTML: written in place, they must read as the framework would format them.</summary>
public sealed class ChartHtmlTests
{
    private static List<double> Values()
    {
        // Edges of the two-decimal rounding (…5 in the third decimal, halves in binary), whole numbers, and a spread
        // of widths as a strip computes them (running sums of shares).
        var values = new List<double> { 0, 0.004, 0.005, 0.0049999, 0.125, 0.135, 0.145, 1.005, 1.015, 2.675, 9.995, 10, 12.5, 33.333333, 66.666666, 99.995, 99.999, 100 };
        var random = new Random(20261205);
        var x = 0.0;
        for (var index = 0; index < 500; index++)
        {
            x += random.NextDouble() / 50;
            values.Add(x * 100);
            values.Add(random.NextDouble() * 100);
        }

        return values;
    }

    [Fact]
    public void A_percentage_reads_as_rounding_and_formatting_it_would() =>
        Assert.All(Values(), value => Assert.Equal(
            Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            new StringBuilder().AppendPercent(value).ToString()));

    [Theory]
    [InlineData("何宜晖, 01:23, 212 字", "何宜晖, 01:23, 212 字")]
    [InlineData("<b>\"A&B\"</b> it's\0", "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; it&#39;s\uFFFD")]
    public void Text_is_escaped_for_an_attribute_or_an_element(string text, string escaped)
    {
        Assert.Equal(escaped, new StringBuilder().AppendEscaped(text).ToString());
        Assert.Equal(escaped, ChartHtml.Escape(text));
    }
}
