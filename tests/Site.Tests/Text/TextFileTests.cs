using System.Text;
using Site.Building;
using Site.Tests.Support;
using Site.Text;

namespace Site.Tests.Text;

/// <summary>
/// Input files are UTF-8, or UTF-16 with a byte order mark (what Windows tools write when asked for "Unicode"):
/// the mark says which, so nothing is guessed. Anything else is an error at the first bad character.
/// </summary>
public sealed class TextFileTests
{
    private const string Captions = "1\r\n00:00:01,000 --> 00:00:03,000\r\nAna: ¿Qué tal, 刘洋?\r\n\r\n2\r\n00:00:03,500 --> 00:00:05,000\r\nBen: Bien. 🎙\r\n";

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void Text_with_a_byte_order_mark_reads_as_the_same_text(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Captions)).ToArray();

        Assert.Equal(Captions, TextFile.Decode(bytes));
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_an_error_at_its_line_and_column()
    {
        // "ab\nc" then a high surrogate with no low one after it.
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0, (byte)'\n', 0, (byte)'c', 0, 0x3D, 0xD8, (byte)'d', 0];

        var error = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(bytes));

        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("not valid UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_cut_in_the_middle_of_a_character_is_an_error_not_a_crash()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b'];

        var error = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(bytes));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Utf32_is_named_and_refused()
    {
        var bytes = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.UTF32.GetBytes("WEBVTT\n")).ToArray();

        var error = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(bytes));

        Assert.Equal("the file is UTF-32; save it as UTF-8", error.Message);
    }

    [Fact]
    public async Task A_utf16_srt_from_a_windows_tool_builds_its_turns()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "transcripts"));
        await File.WriteAllBytesAsync(Path.Combine(input, "transcripts", "talk.srt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Captions)]);
        var theme = temp.CopyFromRepository("theme");

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output") });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = temp.Read("output/talk/s01/index.html");
        Assert.Matches("data-speaker=\"ana\"[^>]*>(?s:.)*¿Qué tal, 刘洋?(?s:.)*data-speaker=\"ben\"[^>]*>(?s:.)*Bien. 🎙", page);
    }

    [Fact]
    public void A_file_in_an_older_encoding_is_refused_with_a_hint_of_which_kind()
    {
        // Subtitles saved by older tools: Windows-1252 in the West, GBK in mainland China.
        var latin = Encoding.Latin1.GetBytes("1\n00:00:01,000 --> 00:00:02,000\nCafé crème, s'il vous plaît.\n");
        var latinError = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(latin));
        Assert.Equal((3, 4), (latinError.Line, latinError.Column));
        Assert.Contains("one-byte encoding such as Windows-1252", latinError.Message);

        byte[] gbk = [.. "1\n00:00:01,000 --> 00:00:02,000\n"u8, 0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA, 0xC0, 0xBD, 0xE7, (byte)'\n'];
        var gbkError = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(gbk));
        Assert.Equal((3, 1), (gbkError.Line, gbkError.Column));
        Assert.Contains("two-byte encoding such as GBK", gbkError.Message);
    }

    [Fact]
    public void A_utf8_file_with_one_broken_byte_among_chinese_text_gets_no_encoding_guess_but_that_kind()
    {
        // The valid characters around the broken byte are UTF-8: only the broken byte counts, alone.
        byte[] text = [.. "主持人：你好"u8, 0xFF, .. "，世界\n"u8];
        var error = Assert.Throws<InvalidUtf8Exception>(() => TextFile.Decode(text));
        Assert.Equal((1, 7), (error.Line, error.Column));
        Assert.DoesNotContain("two-byte", error.Message);
    }
}
