using System.Text;
using CsCheck;
using Site.Tests.Support;

namespace Site.Tests.Fuzz;

/// <summary>
/// Timed transcripts to fuzz with, per format: the real files of the reader samples, the timed golden site's inputs
/// and a few small ones, each edited a few times with the edits of <see cref="TranscriptMutations"/> (lines deleted,
/// duplicated, swapped, cut; random Unicode; very long lines) and edits that suit timed formats: a cue cut out, two
/// timing lines swapped, garbage in a timestamp, tags nested or left open (<c>&lt;v</c>, <c>&lt;c.x</c>,
/// <c>&lt;00:00:01.000</c>), character references out of range, JSON nested deep, numbers as strings, NaN and huge
/// numbers, fields missing.
/// </summary>
internal sealed class TimedMutations
{
    private static readonly string[] GenericPieces =
    [
        "\u0000", "\u0007", "\u001B[31m", "\u0085", "\r", "\r\n", "\t", "\uFEFF", "\u200B", "\u202E", "\u2028", "\uD800", "\uDFFF",
        "\uD83D\uDE00", "：", ":", "\n", "\n\n", "你好。", " ", "-->", "Ann: ", "- ", "[SPEAKER_01]: ", "…", "\"", "\\",
    ];

    // Before the formats below: static fields start in the order they are written.
    public static readonly Gen<Mutation> Edit =
        Gen.Select(Gen.Int[0, 11], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], (kind, at, other, payload) => new Mutation(kind, at, other, payload));

    public static readonly TimedMutations WebVtt = new(
        [
            Sample("Transcripts/Readers/Samples/buzzsprout-example.vtt"),
            Sample("Transcripts/Readers/Samples/netflix-chicas-del-cable.vtt"),
            Sample("Transcripts/Readers/Samples/youtube-dl.vtt"),
            Sample("Transcripts/Readers/Samples/youtube-rolling.vtt"),
            Sample("Transcripts/Readers/Samples/zoom-meeting.vtt"),
            Sample("Golden/200-timed-transcripts/input/transcripts/panel.vtt"),
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>你好。<00:01.500>再见\n\n00:02.000 --> 00:03.000\n<v Bo><c.x>ok</c> &amp; <i>then</i>\n",
        ],
        [
            "<v", "<v Ann", "<v Ann>", "<v.loud Bo>", "</v>", "<c.x", "<c.x>", "</c>", "<00:00:01.000", "<00:00:01.000>", "<99:99.999>",
            "<i><b><u>", "</b></i>", "<ruby>a<rt>b</rt></ruby>", "<lang en>", "&#xFFFFFFFF;", "&#x110000;", "&#0;", "&#55296;", "&amp",
            "&amp;", "&lt;", "&nbsp;", "&", "&#", "&#x;", "<", ">", "-->", "NOTE", "STYLE", "REGION", "WEBVTT", "align:start",
            "00:00:01.000 --> 00:00:02.000", "00:00:02.000 --> 00:00:01.000", "99:99:99.999 --> 0:0", "1:00:00.000 --> 1:00:01.000 line:0",
        ],
        "<b>");

    public static readonly TimedMutations Srt = new(
        [
            Sample("Transcripts/Readers/Samples/buzzsprout-example.srt"),
            Sample("Transcripts/Readers/Samples/film-anchorman-fr.srt"),
            Sample("Transcripts/Readers/Samples/whisperx-diarized.srt"),
            Sample("Golden/200-timed-transcripts/input/transcripts/interview.srt"),
            "1\n00:00:01,000 --> 00:00:02,500\nAnn: Hello.\n\n2\n00:00:02,500 --> 00:00:04,000\nBo: 你好。\n\n3\n00:00:04,000 --> 00:00:05,000\n- Yes.\n- No.\n",
        ],
        [
            "{\\an8}", "{\\", "}", "<i>", "</i>", "<font color=\"#ff0\">", "</font>", "<b", "<v Ann>", "&amp;", "0", "42", "-1",
            "00:00:01,000 --> 00:00:02,000", "00:00:02,000 --> 00:00:01,000", "00:00:01.000 --> 00:00:02.000 X1:10 X2:20", "1:2:3,4 --> 5:6:7,8",
            "99:99:99,999 --> 00:00:00,000", "00:00:01,000 -> 00:00:02,000", "-->", "WEBVTT", "SPEAKER_00: ", "DOPINDER:",
        ],
        "<i>");

    public static readonly TimedMutations PodcastJson = new(
        [
            Sample("Transcripts/Readers/Samples/podcast-namespace-example.json"),
            Sample("Golden/200-timed-transcripts/input/transcripts/episode.json").Replace("}, {", "},\n{", StringComparison.Ordinal),
            "{\n\"version\": \"1.0.0\",\n\"segments\": [\n{\"speaker\": \"张三\",\n\"startTime\": 1,\n\"endTime\": 2,\n\"body\": \"你好。\"},\n{\"startTime\": 2,\n\"endTime\": 3.5,\n\"body\": \"no speaker\"},\n{\"speaker\": \"Bo\", \"startTime\": 4, \"body\": \"no end\"}\n]\n}\n",
        ],
        [
            "\"startTime\": \"1.5\",", "\"startTime\": NaN,", "\"startTime\": \"NaN\",", "\"endTime\": \"-Infinity\",", "\"startTime\": 1e300,", "\"startTime\": 1e308,", "\"startTime\": -1,", "\"startTime\": 1e-320,", "\"endTime\": null,",
            "\"endTime\": \"x\",", "\"speaker\": 3,", "\"speaker\": \"\",", "\"speaker\": {\"name\": \"x\"},", "\"body\": [\"a\"],", "\"body\": \"\\u0000\\ud800\",",
            "\"body\": \"<v Ann>&amp;\",", "\"segments\": {},", "\"segments\": null,", "{", "}", "[", "]", ",", ":", "\"", "//", "/*", "1.7976931348623157e309",
            "Infinity", "-0", "true", "\"\\uDFFF\"", "{\"startTime\": 5, \"body\": \"late\"},",
        ],
        "[",
        maxEdits: 3); // Most edits of JSON make it invalid: fewer, so that a good share of cases still reads.

    private readonly IReadOnlyList<string> _seeds;
    private readonly string[] _fragments;
    private readonly string _nesting;

    private TimedMutations(IReadOnlyList<string> seeds, string[] fragments, string nesting, int maxEdits = 6)
    {
        _seeds = seeds;
        _fragments = fragments;
        _nesting = nesting;
        Cases = Gen.Select(Gen.Int[0, seeds.Count - 1], Edit.Array[0, maxEdits]);
    }

    /// <summary>A seed file and the edits made to it.</summary>
    public Gen<(int Seed, Mutation[] Edits)> Cases { get; }

    public string Apply((int Seed, Mutation[] Edits) input)
    {
        var lines = _seeds[input.Seed % _seeds.Count].Split('\n').ToList();
        foreach (var edit in input.Edits)
        {
            Apply(lines, edit);
        }

        return string.Join('\n', lines);
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(Golden.ProjectFolder, file));

    private static bool IsTiming(string line) => line.Contains("-->", StringComparison.Ordinal) || line.Contains("Time\"", StringComparison.Ordinal);

    private void Apply(List<string> lines, Mutation edit)
    {
        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        var at = edit.At % lines.Count;
        var other = edit.Other % lines.Count;
        var random = new Random(edit.Payload);
        switch (edit.Kind)
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case 3 or 4:
                // A fragment of the format, or a random piece of text, inside a line.
                var line = lines[at];
                var fragment = edit.Kind == 3 ? _fragments[edit.Payload % _fragments.Length] : RandomText(random);
                lines[at] = line.Insert(line.Length == 0 ? 0 : edit.Other % (line.Length + 1), fragment);
                break;
            case 5:
                lines.Insert(at, _fragments[edit.Payload % _fragments.Length]);
                break;
            case 6:
                // A huge cue: a line repeated up to 50,000 characters.
                var chunk = lines[other].Length > 0 ? lines[other] : "word ";
                lines.Insert(at, string.Concat(Enumerable.Repeat(chunk + " ", Math.Max(1, (edit.Payload % 50_000) / (chunk.Length + 1)))));
                break;
            case 7:
                // A cue (or a JSON segment) cut out: from the line to the next blank line or closing brace.
                var end = at;
                while (end < lines.Count && lines[end].Trim().Length > 0 && !lines[end].TrimStart().StartsWith('}'))
                {
                    end++;
                }

                lines.RemoveRange(at, Math.Min(lines.Count, end + 1) - at);
                break;
            case 8:
                // Two timing lines swapped: times that go backwards.
                var timings = Enumerable.Range(0, lines.Count).Where(i => IsTiming(lines[i])).ToList();
                if (timings.Count > 1)
                {
                    var (a, b) = (timings[edit.At % timings.Count], timings[edit.Other % timings.Count]);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }

                break;
            case 9:
                // Garbage in a timestamp: a digit of a timing line replaced.
                var timing = Enumerable.Range(0, lines.Count).Where(i => IsTiming(lines[i])).ToList();
                if (timing.Count > 0)
                {
                    var index = timing[edit.At % timing.Count];
                    var digits = Enumerable.Range(0, lines[index].Length).Where(i => char.IsAsciiDigit(lines[index][i])).ToList();
                    if (digits.Count > 0)
                    {
                        var position = digits[edit.Other % digits.Count];
                        string[] garbage = ["", "x", "99999999999", ":", ".", ",", "-", " ", "\u0661", "e9", "9.9.9", "NaN", "\uFF11"];
                        lines[index] = lines[index][..position] + garbage[edit.Payload % garbage.Length] + lines[index][(position + 1)..];
                    }
                }

                break;
            case 10:
                // Deep nesting: tags left open, or JSON arrays, a few thousand deep.
                var depth = 1 + (edit.Payload % 5000);
                var close = _nesting == "[" ? "]" : "</" + _nesting[1..];
                lines[at] = string.Concat(Enumerable.Repeat(_nesting, depth)) + lines[at] + (edit.Other % 2 == 0 ? string.Concat(Enumerable.Repeat(close, depth)) : string.Empty);
                break;
            default:
                lines.RemoveRange(at, lines.Count - at);
                break;
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            text.Append(random.Next(3) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : GenericPieces[random.Next(GenericPieces.Length)]);
        }

        return text.ToString();
    }
}
