using System.Text;
using CsCheck;
using Site.Tests.Support;

namespace Site.Tests.Fuzz;

/// <summary>One edit of a transcript: what, where (two positions taken modulo the line count) and a payload choice.</summary>
internal readonly record struct Mutation(int Kind, int At, int Other, int Payload);

/// <summary>
/// Transcripts to fuzz with: the repository's Sora panel, the English podcast fixture and a few small ones, each
/// edited a few times: lines deleted, duplicated, swapped, truncated; random Unicode (control characters, lone
/// surrogates, full-width colons, zero-width and bidi marks, CJK, emoji) inserted; YAML front matter fragments, turn
/// lines, trailers and very long lines added.
/// </summary>
internal static class TranscriptMutations
{
    public static readonly IReadOnlyList<string> Seeds =
    [
        File.ReadAllText(Path.Combine(Repository.Root, "input", "transcripts", "sora-panel.txt")),
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Site.Tests", "Transcripts", "Fixtures", "english-podcast.txt")),
        "T\n\nGuests:\n\n1. Ann engineer\n2. Bob (B) editor\n\nPart 1: Start\n\nAnn: hi\nBob: ok\nB：yes\n相关文章\nAnn: more\n",
        "---\ntitle: Front\nspeakers:\n  - name: 张三\n    aliases: [老张]\n  - name: Li\n    slug: li\ndrop: ['^广告']\n---\n01 开始\n张三：你好\n老张：好\n广告 买\nLi: ok\n02 结束\nLi: bye\n",
        "Ann: one\nBob: two\nAnn: three\nBob: four\nLoading...\n554 0 0\n© 2024\nRelated posts\nCarl: x\n",
    ];

    private static readonly string[] Fragments =
    [
        "---", "title: \"\\e[2J\\a\"", "speakers:", "  - name: Ann", "    aliases: [A, ：]", "  - {name: \"\", slug: ann}",
        "drop: ['(a+)+$', '[']", "date: [", "speakers: 3", "  - name: Bob\n    slug: ann", "media: x", "...", "--- #",
        "Guests:", "丨嘉宾", "① 张三(Zhang) 嘉宾", "1. Host (X): Y Z", "Highlights:", "Part 2: Q", "# H", "02 二", "第一部分 一",
        "相关文章", "Related posts", "© 版权声明", "暂无评论", "Loading...", "3小时前发布 x", "1 2 3", "本文来自微信公众号“x”", "Source: y",
        "Ann: hi", "Bob：好", "主持人(腾讯科技):纪振宇 作者", "Ethan：x", "How: y", "X:", "：", ":", "a:b:c", "https://x.y/z: w",
    ];

    private static readonly string[] Pieces =
    [
        "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\r", "\r\n", "\t", "\uFEFF", "\u200B", "\u202E", "\u2028",
        "\uD800", "\uDFFF", "\uD83D\uDE00", "：", ":", "（", "）", "(", ")", "丨", "①", "。", "…", "<script>", "*", "[a](javascript:x)",
        "&amp;", "\\", "\"", "'", "#", "---", "\n", "\n\n", "你好", "Ｓｈａｕｎ", "ﬁ", "\u0301", "\uFFFD", " ",
    ];

    public static readonly Gen<Mutation> Edit =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], Gen.Int[0, 1 << 20], (kind, at, other, payload) => new Mutation(kind, at, other, payload));

    /// <summary>A seed transcript and the edits made to it.</summary>
    public static readonly Gen<(int Seed, Mutation[] Edits)> Cases = Gen.Select(Gen.Int[0, Seeds.Count - 1], Edit.Array[0, 8]);

    public static string Apply((int Seed, Mutation[] Edits) input) => Apply(Seeds, input);

    /// <summary>The edits applied to one of <paramref name="seeds"/> (the seed index taken modulo their count).</summary>
    public static string Apply(IReadOnlyList<string> seeds, (int Seed, Mutation[] Edits) input)
    {
        var lines = seeds[input.Seed % seeds.Count].Split('\n').ToList();
        foreach (var edit in input.Edits)
        {
            Apply(lines, edit);
        }

        return string.Join('\n', lines);
    }

    private static void Apply(List<string> lines, Mutation edit)
    {
        if (lines.Count == 0)
        {
            lines.Add(string.Empty);
        }

        var at = edit.At % lines.Count;
        var other = edit.Other % lines.Count;
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
            case 3:
                var line = lines[at];
                var position = line.Length == 0 ? 0 : edit.Other % (line.Length + 1);
                lines[at] = line.Insert(position, RandomText(edit.Payload));
                break;
            case 4:
                lines.Insert(at, Fragments[edit.Payload % Fragments.Length]);
                break;
            case 5:
                // A very long line: a turn or text of up to 100,000 characters.
                var chunk = lines[other].Length > 0 ? lines[other] : "word ";
                var repeat = Math.Max(1, (edit.Payload % 100_000) / chunk.Length);
                lines.Insert(at, string.Concat(Enumerable.Repeat(chunk, repeat)));
                break;
            case 6:
                lines.RemoveRange(at, lines.Count - at);
                break;
            case 7:
                lines.Insert(0, Fragments[edit.Payload % Fragments.Length]);
                break;
            default:
                lines.Insert(at, Fragments[edit.Payload % Fragments.Length] + " " + lines[other]);
                break;
        }
    }

    private static string RandomText(int payload)
    {
        var text = new StringBuilder();
        var random = new Random(payload);
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            text.Append(random.Next(3) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
