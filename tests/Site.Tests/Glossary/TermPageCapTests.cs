using System.Text;
using System.Text.RegularExpressions;
using Site.Building;
using Site.Glossary;
using Site.Tests.Support;

namespace Site.Tests.Glossary;

/// <summary>
/// A term page quotes at most 100 passages (<see cref="GlossaryMarkdown.MaxPassages"/>); past that it lists the
/// transcripts with their counts first. Built from generated transcripts in which one Bob line is one mention.
/// </summary>
public sealed partial class TermPageCapTests
{
    private const string Glossary = """
        - id: widget
          zh: 小部件
          en: Widget
          aliases: [widget]
          short: A small part of a machine.
          definition: A small part of a machine, made to be replaced.
        """;

    [Fact]
    public async Task Past_the_cap_the_page_lists_transcripts_and_quotes_the_first_passages()
    {
        using var temp = new TempFolder();
        var page = await BuildTermPageAsync(temp, ("alpha", 40), ("beta", 45), ("gamma", 50));

        Assert.Contains("<p>135 mentions: Bob Jones ×135</p>", page, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"by-transcript\">By conversation</h3>", page, StringComparison.Ordinal);

        // One item per transcript, in reading order, linking to the turn of its first mention.
        Assert.Equal(
            [
                "<a href=\"/alpha/s01/#s01-t02\">Talk alpha</a> ×40",
                "<a href=\"/beta/s01/#s01-t02\">Talk beta</a> ×45",
                "<a href=\"/gamma/s01/#s01-t02\">Talk gamma</a> ×50",
            ],
            ListAfter(page, "id=\"by-transcript\""));

        var passages = Passages(page);
        Assert.Equal(100, passages.Count);
        Assert.Contains("<p>The first 100 passages:</p>", page, StringComparison.Ordinal);

        // The first ones in reading order: all of alpha and beta, then gamma up to its 15th mention.
        Assert.StartsWith("<strong>Bob Jones</strong>: The <mark>widget</mark> number 1 is here. <a href=\"/alpha/s01/#s01-t02\">", passages[0], StringComparison.Ordinal);
        Assert.StartsWith("<strong>Bob Jones</strong>: The <mark>widget</mark> number 15 is here. <a href=\"/gamma/s01/#s01-t30\">", passages[^1], StringComparison.Ordinal);
        Assert.Equal(40, passages.Count(p => p.Contains("href=\"/alpha/", StringComparison.Ordinal)));
        Assert.Equal(45, passages.Count(p => p.Contains("href=\"/beta/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Past_fifty_transcripts_the_term_page_links_a_conversations_page_that_lists_them_all()
    {
        using var temp = new TempFolder();
        var names = Enumerable.Range(1, GlossaryMarkdown.MaxTranscriptsListed + 2).Select(n => ($"t{n:000}", 2)).ToArray();
        var page = await BuildTermPageAsync(temp, names);

        var listed = ListAfter(page, "id=\"by-transcript\"");
        Assert.Equal(GlossaryMarkdown.MaxTranscriptsListed, listed.Count);
        Assert.Equal("<a href=\"/t001/s01/#s01-t02\">Talk t001</a> ×2", listed[0]);
        Assert.Contains("<a href=\"/glossary/widget/conversations/\">All 52 conversations</a>", page, StringComparison.Ordinal);

        var more = temp.Read("output/glossary/widget/conversations/index.html");
        var all = ListAfter(more, "All 52 conversations");
        Assert.Equal(names.Select(n => $"<a href=\"/{n.Item1}/s01/#s01-t02\">Talk {n.Item1}</a> ×2"), all);
    }

    [Theory]
    [InlineData(60, 40, false)] // exactly the cap of 100 passages
    [InlineData(60, 41, true)]
    public async Task The_list_of_transcripts_appears_only_past_the_cap(int first, int second, bool capped)
    {
        using var temp = new TempFolder();
        var page = await BuildTermPageAsync(temp, ("alpha", first), ("beta", second));

        Assert.Equal(capped, page.Contains("id=\"by-transcript\"", StringComparison.Ordinal));
        Assert.Equal(Math.Min(first + second, 100), Passages(page).Count);
        Assert.Contains($"<p>{first + second} mentions: Bob Jones ×{first + second}</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_used_a_few_times_is_quoted_every_time_without_a_list_of_transcripts()
    {
        using var temp = new TempFolder();
        var page = await BuildTermPageAsync(temp, ("alpha", 3));

        Assert.DoesNotContain("by-transcript", page, StringComparison.Ordinal);
        Assert.DoesNotContain("passages:", page, StringComparison.Ordinal);
        Assert.Contains("<p>3 mentions: Bob Jones ×3</p>", page, StringComparison.Ordinal);
        Assert.Equal(
            [
                "<strong>Bob Jones</strong>: The <mark>widget</mark> number 1 is here. <a href=\"/alpha/s01/#s01-t02\">Read in context</a>",
                "<strong>Bob Jones</strong>: The <mark>widget</mark> number 2 is here. <a href=\"/alpha/s01/#s01-t04\">Read in context</a>",
                "<strong>Bob Jones</strong>: The <mark>widget</mark> number 3 is here. <a href=\"/alpha/s01/#s01-t06\">Read in context</a>",
            ],
            Passages(page));
    }

    /// <summary>Builds a site of the given transcripts (name, mentions of "widget") and returns the term page.</summary>
    private static async Task<string> BuildTermPageAsync(TempFolder temp, params (string Name, int Mentions)[] transcripts)
    {
        temp.Write("input/site.yml", "title: Widgets\nlanguage: en\n");
        temp.Write("input/glossary.yml", Glossary);
        foreach (var (name, mentions) in transcripts)
        {
            temp.Write($"input/transcripts/{name}.txt", Transcript("Talk " + name, mentions));
        }

        await temp.BuildSucceededAsync();
        return temp.Read("output/glossary/widget/index.html");
    }

    /// <summary>
    /// A transcript in the documented format: a title, a guest block, one section, an opening turn without the term,
    /// then Bob naming a widget in every other turn (turns s01-t02, s01-t04, ...), one sentence each.
    /// </summary>
    private static string Transcript(string title, int mentions)
    {
        var text = new StringBuilder();
        text.Append(title).Append("\n\nGuests:\n\n1. Alice Smith (Alice) engineer\n2. Bob Jones (Bob) researcher\n\n");
        text.Append("Part 1: Parts\n\nAlice: Let us talk about parts.\n\n");
        for (var i = 1; i <= mentions; i++)
        {
            text.Append("Bob: The widget number ").Append(i).Append(" is here.\n\nAlice: Noted.\n\n");
        }

        return text.ToString();
    }

    /// <summary>The quoted passages of the usage section: the list items that start with the speaker's name.</summary>
    private static List<string> Passages(string page)
    {
        var usage = page[page.IndexOf("<h2 id=\"usage\">", StringComparison.Ordinal)..];
        return [.. PassageItem().Matches(usage).Select(m => m.Groups["item"].Value)];
    }

    /// <summary>The items of the first list after <paramref name="marker"/>.</summary>
    private static List<string> ListAfter(string page, string marker)
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{marker} not found");
        var list = page[page.IndexOf("<ul>", start, StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        return [.. ListItem().Matches(list).Select(m => m.Groups["item"].Value)];
    }

    [GeneratedRegex("<li>(?<item><strong>.*?)</li>")]
    private static partial Regex PassageItem();

    [GeneratedRegex("<li>(?<item>.*?)</li>")]
    private static partial Regex ListItem();
}
