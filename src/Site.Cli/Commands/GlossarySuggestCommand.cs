using Site.Markdown;
using Site.Text;
using Site.Transcripts;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JiebaNet.Analyser;
using JiebaNet.Segmenter;
using Site.Diagnostics;
using Site.Glossary;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site glossary suggest</c>: prints a YAML skeleton of candidate terms the glossary lacks, found in the
/// transcripts: glosses in parentheses, Latin words used more than once, and top Chinese keywords by TF-IDF.
/// jieba.NET (reflection, Newtonsoft.Json) is used here only, never on the build path.
/// </summary>
public static partial class GlossarySuggestCommand
{
    public const string Help = """
        Usage: site glossary suggest [options]

        Prints a YAML skeleton of candidate glossary terms found in input/transcripts/*.txt that input/glossary.yml
        lacks: terms glossed in parentheses ("scaling law(规模定律)"), Latin words used more than once, and the top
        Chinese keywords by TF-IDF. Review the list, then copy what you keep into glossary.yml.

        Options:
          --input <dir>   content folder (default: input)
          --top <n>       how many Chinese keywords to suggest (default: 20)
          --verbose       show the stack trace of an internal error
          -h, --help      show this help
        """;

    public static readonly string[] ValueOptions = ["input", "top"];
    public static readonly string[] FlagOptions = [];

    public static int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var input = arguments.Value("input", "input");
        if (!int.TryParse(arguments.Value("top", "20"), NumberStyles.None, CultureInfo.InvariantCulture, out var top))
        {
            throw new UsageException("--top needs a whole number");
        }

        var diagnostics = new DiagnosticBag();
        var glossary = GlossaryLoader.Load(input, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            error.WriteLine(diagnostic.ToString());
        }

        var folder = Path.Combine(input, "transcripts");
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"site glossary suggest: there is no {folder}/ folder");
            return 1;
        }

        // What people said, through the parser: the guest list, the title and scrape noise are not vocabulary.
        var transcripts = new List<Transcript>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            try
            {
                var parsed = TranscriptParser.Parse(TextFile.Read(path), path, "transcript");
                if (parsed.Transcript is { } transcript)
                {
                    transcripts.Add(transcript);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidUtf8Exception)
            {
                error.WriteLine($"{path}: error: {exception.Message}");
                return 1;
            }
        }

        var text = string.Join("\n", transcripts
            .SelectMany(t => t.Lede.Concat(t.Highlights).Concat(t.Sections.SelectMany(s => s.Intro.Concat(s.Turns.SelectMany(turn => turn.Paragraphs)))))
            .Select(paragraph => paragraph.Text));
        var speakerNames = transcripts
            .SelectMany(t => t.Speakers)
            .SelectMany(speaker => speaker.Aliases.Append(speaker.Name).Append(speaker.Role ?? string.Empty))
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Known(string candidate) =>
            speakerNames.Contains(candidate) || (glossary.FindMatches(candidate) is [var match] && match.Length == candidate.Length);

        var yaml = new StringBuilder("# Candidate terms that the glossary lacks. Keep the good ones, fill in the blanks, copy them into glossary.yml.\n");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        yaml.Append("\n# Glossed in parentheses in the transcripts\n");
        foreach (var (en, zh) in Glosses(text).Where(g => !Known(g.En) && !Known(g.Zh) && seen.Add(g.En)))
        {
            Entry(yaml, en, zh, en);
        }

        yaml.Append("\n# Latin words and acronyms used more than once\n");
        foreach (var word in LatinWord().Matches(text).GroupBy(m => m.Value, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && !Known(g.Key) && seen.Add(g.Key)).OrderByDescending(g => g.Count()).Select(g => g.Key))
        {
            Entry(yaml, word, string.Empty, word);
        }

        yaml.Append("\n# Chinese keywords by TF-IDF\n");
        foreach (var keyword in Keywords(text, top * 2).Where(k => k.Length > 1 && !Known(k) && seen.Add(k)).Take(top))
        {
            Entry(yaml, null, keyword, string.Empty);
        }

        output.Write(yaml.ToString());
        return 0;
    }

    /// <summary>"scaling law(规模定律)", "Alignment(对齐, ...)" and "规模定律（scaling law）".</summary>
    private static IEnumerable<(string En, string Zh)> Glosses(string text)
    {
        foreach (Match match in LatinThenChinese().Matches(text))
        {
            yield return (match.Groups["en"].Value.Trim(), match.Groups["zh"].Value.Trim());
        }

        foreach (Match match in ChineseThenLatin().Matches(text))
        {
            yield return (match.Groups["en"].Value.Trim(), match.Groups["zh"].Value.Trim());
        }
    }

    private static IEnumerable<string> Keywords(string text, int count)
    {
        // jieba reads its dictionaries from this folder (copied next to the program by Site.Cli.csproj); it must be set
        // before the first segmenter is made.
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
        return new TfidfExtractor().ExtractTags(text, count, ["n", "nz", "vn", "nt", "nl", "eng"]);
    }

    private static void Entry(StringBuilder yaml, string? en, string zh, string slugSource)
    {
        var id = Slug(slugSource);
        yaml.Append("- id: ").Append(id.Length > 0 ? id : "todo").Append('\n')
            .Append("  zh: ").Append(MarkdownText.YamlQuote(zh)).Append('\n')
            .Append("  en: ").Append(MarkdownText.YamlQuote(en ?? string.Empty)).Append('\n')
            .Append("  aliases: [").AppendJoin(", ", new[] { zh, en ?? string.Empty }.Where(a => a.Length > 0).Select(MarkdownText.YamlQuote)).Append("]\n")
            .Append("  category:\n  short:\n  definition: |\n    TODO\n");
    }

    private static string Slug(string text) =>
        string.Join('-', NonSlug().Split(text.ToLowerInvariant()).Where(part => part.Length > 0));

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<en>[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){0,3})\s*[（(](?<zh>\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{0,11})[，,、)）]")]
    private static partial Regex LatinThenChinese();

    [GeneratedRegex(@"(?<zh>\p{IsCJKUnifiedIdeographs}{2,8})\s*[（(](?<en>[A-Za-z][A-Za-z0-9\-]*(?: [A-Za-z][A-Za-z0-9\-]*){0,3})[，,、)）]")]
    private static partial Regex ChineseThenLatin();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9\-]+(?![A-Za-z0-9])")]
    private static partial Regex LatinWord();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
