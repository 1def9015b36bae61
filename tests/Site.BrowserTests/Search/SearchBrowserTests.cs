using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Site.BrowserTests.Search;

/// <summary>
/// Searches the Sora panel in Chromium, the way a reader does, and checks what each query must find: the turn where
/// the words were said (on its section page's anchor, with the speaker) and the pages (speakers, overview).
/// </summary>
[Collection(BuiltSiteFixture.Name)]
public sealed class SearchBrowserTests(SearchSite site)
{
    private const string Transcript = SearchSite.BasePath + "sora-panel/";

    private static string Turn(string id) => $"{Transcript}{id[..3]}/#{id}";

    private async Task<(IPage Page, SearchDialog Dialog)> OpenAsync(string path = "")
    {
        var page = await site.OpenAsync(path);
        var dialog = new SearchDialog(page);
        await dialog.OpenWithSlashAsync();
        return (page, dialog);
    }

    private static void AssertFound(IReadOnlyList<ShownResult> results, string href, string? speaker = null)
    {
        var result = results.FirstOrDefault(r => r.Href == href);
        Assert.True(result is not null, $"{href} is not among the results: {string.Join(", ", results.Select(r => r.Href))}");
        if (speaker is not null)
        {
            Assert.True(result.IsTurn);
            Assert.StartsWith(speaker, result.Badge, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Turn text is indexed once, as the turn: the section and speaker pages around it leave their turns out, so
    /// words said only in turns never find those pages.
    /// </summary>
    private static void AssertEachOnce(IReadOnlyList<ShownResult> results)
    {
        Assert.Equal(results.Count, results.Select(r => r.Href).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(results, r => !r.IsTurn && r.Href.StartsWith(Transcript, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Diffusion_model_finds_Shauns_turn_in_section_one()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("扩散模型");
        AssertFound(results, Turn("s01-t07"), "SHAUN");
        Assert.Contains("<mark>", results.First(r => r.Href == Turn("s01-t07")).Excerpt, StringComparison.Ordinal);
        AssertEachOnce(results);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Scaling_law_in_Chinese_finds_the_three_turns_where_Ethan_says_it()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("规模定律");
        foreach (var id in new[] { "s02-t05", "s02-t07", "s03-t10" })
        {
            AssertFound(results, Turn(id), "何宜晖");
        }

        AssertEachOnce(results);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Scaling_law_in_English_finds_the_turn_in_section_three()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("scaling law");
        AssertFound(results, Turn("s03-t10"), "何宜晖");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Data_flywheel_finds_Ethans_turn_and_the_overview_that_quotes_it()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("数据飞轮");
        AssertFound(results, Turn("s03-t07"), "何宜晖");
        AssertFound(results, SearchSite.BasePath);
        AssertEachOnce(results);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Midjourney_finds_the_three_turns_of_section_three()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("Midjourney");
        AssertFound(results, Turn("s03-t06"), "纪振宇");
        AssertFound(results, Turn("s03-t07"), "何宜晖");
        AssertFound(results, Turn("s03-t08"), "SHAUN");
        AssertEachOnce(results);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task V_JEPA_finds_Lu_Weimins_turn_in_section_two()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("V-JEPA");
        AssertFound(results, Turn("s02-t03"), "鲁为民");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_speakers_name_finds_the_speaker_page()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("鲁为民");
        AssertFound(results, Transcript + "speakers/lu-weimin/");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_speaker_filter_keeps_only_that_speakers_turns()
    {
        var (page, dialog) = await OpenAsync();
        var all = await dialog.SearchAsync("Sora");
        Assert.Contains(all, r => r.IsTurn && !r.Badge.StartsWith("鲁为民", StringComparison.Ordinal));
        var filtered = await dialog.FilterAsync("speaker", "鲁为民");
        Assert.NotEmpty(filtered);
        Assert.All(filtered, r => Assert.Equal("鲁为民", r.Badge));
        Assert.True(filtered.Count < all.Count || all.Count == 20, "the filter should narrow the results");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_section_filter_keeps_only_that_sections_turns()
    {
        var (page, dialog) = await OpenAsync();
        await dialog.SearchAsync("Midjourney");
        var filtered = await dialog.FilterAsync("section", "03 Sora的出现,会给AI应用生态带来哪些改变?");
        Assert.NotEmpty(filtered);
        Assert.All(filtered, r => Assert.StartsWith(Transcript + "s03/#", r.Href, StringComparison.Ordinal));
        await page.CloseAsync();
    }

    /// <summary>The count line counts what the list holds (turns, not the pages Pagefind found them on), "more" included.</summary>
    [BrowserFact]
    public async Task The_count_said_is_the_number_of_results_listed()
    {
        var (page, dialog) = await OpenAsync();
        var first = await dialog.SearchAsync("Sora");
        var said = await dialog.StatedCountAsync();
        Assert.True(said > first.Count, $"'Sora' should find more than one screen of results, found {said}");
        var more = page.Locator("[data-search-more]");
        while (await more.IsVisibleAsync())
        {
            await more.ClickAsync();
        }

        var listed = page.Locator(".search-result");
        await Expect(listed).ToHaveCountAsync(said);
        var hrefs = await page.Locator(".search-result__link").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.Equal(said, hrefs.Distinct(StringComparer.Ordinal).Count());
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task A_query_without_a_match_says_so()
    {
        var (page, dialog) = await OpenAsync();
        var results = await dialog.SearchAsync("zqxjvw");
        Assert.Empty(results);
        await Expect(dialog.Status).ToHaveTextAsync("没有找到与“zqxjvw”匹配的结果");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_the_data_flywheel_result_lands_on_Ethans_turn()
    {
        var (page, dialog) = await OpenAsync("sora-panel/s01/");
        await dialog.SearchAsync("数据飞轮");
        await page.Locator($".search-result__link[href='{Turn("s03-t07")}']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sora-panel/sora-panel/s03/#s03-t07$"));
        await Expect(dialog.Dialog).Not.ToBeVisibleAsync();
        var target = page.Locator(":target");
        await Expect(target).ToHaveIdAsync("s03-t07");
        await Expect(target).ToHaveAttributeAsync("data-speaker", "ethan");
        await Expect(target).ToBeInViewportAsync();
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_keyboard_alone_finds_and_opens_a_turn()
    {
        var (page, dialog) = await OpenAsync();
        await dialog.Input.PressSequentiallyAsync("V-JEPA");
        // Typing searches as it goes: wait for the list of the whole word, not of "V-JEP".
        await Expect(page.Locator("[data-search-results]")).ToHaveAttributeAsync("data-query", "V-JEPA");
        await dialog.ResultsAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator(".search-result__link").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(dialog.Input).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog.Dialog).Not.ToBeVisibleAsync();
        await Expect(page.Locator("[data-search-open]")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("/");
        await Expect(dialog.Input).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        // The glossary's V-JEPA page may rank first; arrow down to the turn where it was said.
        var turn = page.Locator(".search-result__link[href$='#s02-t03']");
        for (var step = 0; step < 10 && !await turn.EvaluateAsync<bool>("link => link === document.activeElement"); step++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(turn).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        // Polls the address rather than waiting for a navigation event, which a busy machine can deliver late.
        await Expect(page).ToHaveURLAsync(new Regex("/sora-panel/sora-panel/s02/#s02-t03$"));
        await Expect(page.Locator(":target")).ToHaveIdAsync("s02-t03");
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_dialog_is_labelled_and_the_button_opens_it()
    {
        var page = await site.OpenAsync("about/");
        var button = page.Locator("[data-search-open]");
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        var dialog = new SearchDialog(page);
        await Expect(dialog.Dialog).ToBeVisibleAsync();
        await Expect(dialog.Dialog).ToHaveAccessibleNameAsync("全站搜索");
        await Expect(dialog.Input).ToBeFocusedAsync();
        await page.CloseAsync();
    }
}
