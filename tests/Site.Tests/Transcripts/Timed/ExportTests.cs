using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Site.Transcripts;
using Site.Transcripts.Exports;

namespace Site.Tests.Transcripts.Timed;

/// <summary>
/// The exports of a timed transcript, checked by what reads them: the W3C WebVTT parser (npm <c>webvtt-parser</c>),
/// a strict SRT reader, the Podcasting 2.0 JSON transcript shape. The files themselves are golden.
/// </summary>
public sealed partial class ExportTests
{
    private static (TempFolder Folder, string Output) Built(Site.Pipelines.IModule timing)
    {
        var folder = new TempFolder();
        folder.Write("input/transcripts/talk.txt", TimedSite.Transcript);
        var diagnostics = TimedSite.Build(folder, timing);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (folder, folder.Combine("output", "talk"));
    }

    [Fact]
    public void Exports_are_as_expected()
    {
        var (folder, output) = Built(new TimeTurns(step: 20, offset: 3.25));
        using (folder)
        {
            foreach (var name in new[] { "transcript.vtt", "transcript.srt", "transcript.json", "transcript.txt" })
            {
                Golden.AssertText(Path.Combine("Transcripts", "Timed", "Expected", name), File.ReadAllText(Path.Combine(output, name)));
            }
        }
    }

    [Fact]
    public async Task WebVtt_export_has_no_errors_in_the_W3C_parser()
    {
        var (folder, output) = Built(new TimeTurns(step: 20, offset: 3.25));
        using (folder)
        {
            var parser = Path.Combine(Repository.Root, "node_modules", "webvtt-parser", "parser.js");
            if (!File.Exists(parser))
            {
                Assert.False(
                    string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                    "webvtt-parser is not installed: run 'npm ci' at the repository root before the tests (package.json pins it)");
                return;
            }

            const string Script = """
                const { WebVTTParser } = require(process.argv[1]);
                const text = require("fs").readFileSync(process.argv[2], "utf8");
                const tree = new WebVTTParser().parse(text);
                const voices = tree.cues.map(cue => cue.tree.children.find(node => node.name === "v")?.value ?? "");
                console.log(JSON.stringify({ errors: tree.errors, cues: tree.cues.length, voices, texts: tree.cues.map(cue => cue.text) }));
                """;
            var (exitCode, report) = await ProcessRunner.RunAsync("node", ["-e", Script, parser, Path.Combine(output, "transcript.vtt")], Repository.Root);

            Assert.True(exitCode == 0, report);
            using var result = JsonDocument.Parse(report);
            Assert.Equal("[]", result.RootElement.GetProperty("errors").GetRawText());
            Assert.True(result.RootElement.GetProperty("cues").GetInt32() > 5);
            // The parser keeps a voice's annotation as written, character references and all.
            var voices = result.RootElement.GetProperty("voices").EnumerateArray().Select(voice => System.Net.WebUtility.HtmlDecode(voice.GetString())).Distinct().ToList();
            Assert.Equal(["Ann Lee", "Bob <Stone> & Co"], voices);
        }
    }

    [Fact]
    public void Srt_export_reads_back_strictly_with_every_word()
    {
        var (folder, output) = Built(new TimeTurns(step: 20, offset: 3.25));
        using (folder)
        {
            var cues = ReadSrt(File.ReadAllText(Path.Combine(output, "transcript.srt")));

            Assert.True(cues.Count > 5);
            Assert.All(cues, cue => Assert.True(cue.End > cue.Start, $"cue {cue.Text}"));
            Assert.Equal("Ann Lee: Welcome to the show. <b>bold</b> & \"quotes\" --> arrows.", cues[0].Text);
            Assert.StartsWith("Bob <Stone> & Co: ", cues[1].Text, StringComparison.Ordinal);
            var words = string.Concat(cues.Select(cue => cue.Text[(cue.Text.IndexOf(": ", StringComparison.Ordinal) + 2)..]).Select(text => text.Replace(" ", "", StringComparison.Ordinal)));
            Assert.Contains("中文发言，用来检查没有空格的文字", words, StringComparison.Ordinal);
            Assert.Contains("Andyetanothersentencefollows", words, StringComparison.Ordinal);
        }
    }

    /// <summary>SubRip as players read it: number, <c>hh:mm:ss,mmm --> hh:mm:ss,mmm</c>, text lines, a blank line; numbers from 1 in order.</summary>
    private static List<(double Start, double End, string Text)> ReadSrt(string text)
    {
        var cues = new List<(double, double, string)>();
        Assert.False(text.Contains('\r'), "line ends are LF");
        Assert.EndsWith("\n\n", text, StringComparison.Ordinal);
        var blocks = text[..^2].Split("\n\n");
        for (var index = 0; index < blocks.Length; index++)
        {
            var lines = blocks[index].Split('\n');
            Assert.True(lines.Length >= 3, $"cue {index + 1} has {lines.Length} lines: {blocks[index]}");
            Assert.Equal((index + 1).ToString(CultureInfo.InvariantCulture), lines[0]);
            var times = SrtTimes().Match(lines[1]);
            Assert.True(times.Success, $"cue {index + 1}: bad timing line '{lines[1]}'");
            Assert.All(lines[2..], line => Assert.False(string.IsNullOrWhiteSpace(line)));
            cues.Add((Seconds(times.Groups[1].Value), Seconds(times.Groups[2].Value), string.Join('\n', lines[2..])));
        }

        return cues;
    }

    private static double Seconds(string stamp)
    {
        var parts = stamp.Split(':', ',');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture) * 3600) + (int.Parse(parts[1], CultureInfo.InvariantCulture) * 60) +
            int.Parse(parts[2], CultureInfo.InvariantCulture) + (int.Parse(parts[3], CultureInfo.InvariantCulture) / 1000.0);
    }

    [GeneratedRegex(@"^(\d{2}:[0-5]\d:[0-5]\d,\d{3}) --> (\d{2}:[0-5]\d:[0-5]\d,\d{3})$")]
    private static partial Regex SrtTimes();

    [Fact]
    public void Json_export_has_the_Podcasting_2_0_shape()
    {
        var (folder, output) = Built(new TimeTurns(step: 20, offset: 3.25));
        using (folder)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "transcript.json")));
            var root = json.RootElement;

            Assert.Equal(["version", "segments"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("1.0.0", root.GetProperty("version").GetString());
            var previous = -1.0;
            foreach (var segment in root.GetProperty("segments").EnumerateArray())
            {
                Assert.Equal(["speaker", "startTime", "endTime", "body"], segment.EnumerateObject().Select(p => p.Name));
                Assert.Equal(JsonValueKind.String, segment.GetProperty("speaker").ValueKind);
                Assert.Equal(JsonValueKind.String, segment.GetProperty("body").ValueKind);
                var (start, end) = (segment.GetProperty("startTime").GetDouble(), segment.GetProperty("endTime").GetDouble());
                Assert.True(end > start && start >= previous, $"{start} -> {end} after {previous}");
                previous = start;
            }

            Assert.Equal(3.25, root.GetProperty("segments")[0].GetProperty("startTime").GetDouble());
        }
    }

    [Fact]
    public void Long_turns_are_split_into_short_cues_and_word_times_place_the_cuts()
    {
        var text = "One two three four five six. Seven eight nine ten eleven twelve thirteen. Fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two.";
        var words = Regex.Matches(text, @"\S+").Select((match, index) => new TimedSpan(match.Index, match.Length, 100 + (index * 0.8), null)).ToList();
        var turn = new Turn("s01-t01", "ann", 1, [new Paragraph(text, 1) { Words = words }]) { Start = 100 };
        var transcript = new Transcript("t", "t.vtt", "T", null, null, null, [], [new Speaker("Ann", "ann", [], null, "", false, 1)], [], [new Section(1, "", "s01", 1, [turn])]);

        var cues = TranscriptCues.Split(transcript);

        Assert.True(cues.Count >= 3, string.Join(" | ", cues.Select(cue => cue.Text)));
        Assert.Equal(text, string.Join(' ', cues.Select(cue => cue.Text)));
        Assert.All(cues, cue => Assert.True(cue.End - cue.Start <= TranscriptCues.MaxSeconds + 0.01 && TranscriptCues.Width(cue.Text) <= TranscriptCues.MaxWidth, $"{cue.Start}-{cue.End} {cue.Text}"));
        // A cue starts at its first word's time.
        Assert.All(cues, cue => Assert.Equal(words.First(word => text.AsSpan(word.Offset).StartsWith(cue.Text.Split(' ')[0])).Start, cue.Start));
        Assert.Equal("One two three four five six.", cues[0].Text);
    }

    [Fact]
    public void A_long_run_of_cjk_text_without_punctuation_is_cut_into_caption_lines_that_keep_every_character()
    {
        // Speech recognition often writes Chinese without punctuation: the whole turn is one unbreakable "word".
        var text = string.Concat(Enumerable.Repeat("我们今天讨论视频生成模型的未来", 20_000));
        var turn = new Turn("s01-t01", "ann", 1, [new Paragraph(text, 1)]) { Start = 0, End = 60_000 };
        var transcript = new Transcript("t", "t.txt", "T", null, null, null, [], [new Speaker("Ann", "ann", [], null, "", false, 1)], [], [new Section(1, "", "s01", 1, [turn])]);

        var cues = TranscriptCues.Split(transcript);

        Assert.Equal(text, string.Concat(cues.Select(cue => cue.Text)));
        Assert.All(cues, cue => Assert.InRange(TranscriptCues.Width(cue.Text), 1, TranscriptCues.MaxWidth));
    }

    [Fact]
    public void Cues_end_at_the_turn_end_else_the_next_start_else_after_the_text()
    {
        Turn Make(string id, double? start, double? end, string text) => new(id, "ann", 1, [new Paragraph(text, 1)]) { Start = start, End = end };
        var transcript = new Transcript("t", "t.txt", "T", null, null, null, [], [], [], [new Section(1, "", "s01", 1,
        [
            Make("s01-t01", 0, 2.5, "Short."),
            Make("s01-t02", 4, null, "Until the next."),
            Make("s01-t03", 9, null, "The last turn, which says a little more."),
        ])]);

        var cues = TranscriptCues.Turns(transcript);

        Assert.Equal((0.0, 2.5), (cues[0].Start, cues[0].End));
        Assert.Equal((4.0, 9.0), (cues[1].Start, cues[1].End));
        Assert.Equal(9 + TranscriptCues.Estimate("The last turn, which says a little more."), cues[2].End, 3);
        Assert.Equal("[00:00:09] ann: The last turn, which says a little more.", PlainTextWriter.Write(transcript).Split("\n\n")[2]);
    }
}
