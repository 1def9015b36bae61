using System.Text;
using System.Text.RegularExpressions;
using Site.Building;
using Site.Tests.Support;

namespace Site.Tests.People;

/// <summary>
/// Golden/300-series: two episodes that share people, one WebVTT with voices and a sidecar, one text with front
/// matter, and a people.yml that merges an alias (Ethan is Ethan Zhou, 林晓 is Lin Xiao) and gives bios. The
/// expected folder holds the built /people/ pages; expected.txt the diagnostics and each section page's turns with
/// their data-speaker.
/// </summary>
public sealed partial class SeriesPeopleTests
{
    private const string Case = "Golden/300-series";

    [Fact]
    public async Task A_person_has_one_page_linking_every_turn_of_theirs_and_one_data_speaker_in_every_episode()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFromRepository(Path.GetRelativePath(Repository.Root, Path.Combine(Golden.ProjectFolder, Case, "input")), "input");
        var theme = temp.CopyFromRepository("theme");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Input = input, Theme = theme, Output = temp.Combine("output"), Strict = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var report = new StringBuilder("diagnostics:\n");
        foreach (var diagnostic in result.Diagnostics)
        {
            report.Append(diagnostic.ToString().Replace(temp.Path, "<site>", StringComparison.Ordinal)).Append('\n');
        }

        var turnsBySpeaker = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in new[] { "pilot/s01", "second/s01" })
        {
            report.Append($"\n{page}:\n");
            foreach (Match turn in TurnElement().Matches(temp.Read($"output/{page}/index.html")))
            {
                var (id, speaker) = (turn.Groups["id"].Value, turn.Groups["speaker"].Value);
                report.Append($"  {id} {speaker}\n");
                (turnsBySpeaker.TryGetValue(speaker, out var list) ? list : turnsBySpeaker[speaker] = []).Add($"/{page}/#{id}");
            }
        }

        Golden.AssertText(Path.Combine(Case, "expected.txt"), report.ToString());
        Golden.AssertFolder(Path.Combine(Case, "expected"), temp.Combine("output/people"));

        // The same person, written differently in each episode, is one data-speaker and one page.
        Assert.Equal(["ethan-zhou", "lin-xiao", "lu-weimin"], turnsBySpeaker.Keys.Order(StringComparer.Ordinal));
        foreach (var (slug, turns) in turnsBySpeaker)
        {
            var personPage = temp.Read($"output/people/{slug}/index.html");
            var linked = TurnLink().Matches(personPage).Select(match => match.Groups["url"].Value).ToList();
            Assert.Equal(turns.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
            Assert.Contains("/pilot/", string.Concat(turns), StringComparison.Ordinal);
            Assert.Contains("/second/", string.Concat(turns), StringComparison.Ordinal);
        }

        var index = temp.Read("output/people/index.html");
        Assert.Contains("<a href=\"/people/ethan-zhou/\" class=\"speaker\">Ethan Zhou</a> · 2 conversations", index, StringComparison.Ordinal);
        Assert.Contains("Builds speech tools.", temp.Read("output/people/ethan-zhou/index.html"), StringComparison.Ordinal);
        // The per-transcript speaker pages stay and lead to the person.
        Assert.Contains("href=\"/people/ethan-zhou/\"", temp.Read("output/pilot/speakers/ethan/index.html"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<div id=\"(?<id>s\\d+-t\\d+)\" class=\"turn\"[^>]*?data-speaker=\"(?<speaker>[^\"]+)\"")]
    private static partial Regex TurnElement();

    [GeneratedRegex("<a href=\"(?<url>[^\"]+)\" class=\"person-turn\"")]
    private static partial Regex TurnLink();
}
