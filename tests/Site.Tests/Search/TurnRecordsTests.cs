using Site.Tests.Transcripts;
using Site.Transcripts;
using Site.Urls;
using SiteSearch = Site.Search;

namespace Site.Tests.Search;

/// <summary>The search records of the Sora panel's turns: where each lands, who said it, what it says.</summary>
public sealed class TurnRecordsTests
{
    private static readonly Transcript Sora = TranscriptFiles.ParseOk(TranscriptFiles.SoraPanel(), "input/transcripts/sora-panel.txt", "sora-panel").Transcript;

    private static string Label(Section section) => $"{section.Number:00} {section.Title}";

    private static IReadOnlyList<SiteSearch.TurnRecord> Records(string basePath, params Transcript[] transcripts) =>
        SiteSearch.TurnRecords.From(transcripts, new UrlHelper(basePath, string.Empty), Label);

    [Fact]
    public void Every_turn_is_one_record_in_reading_order()
    {
        var records = Records("/", Sora);

        Assert.Equal(Sora.AllTurns.Count(), records.Count);
        Assert.Equal(Sora.Sections.SelectMany(s => s.Turns.Select(t => $"/sora-panel/{s.Slug}/#{t.Id}")), records.Select(r => r.Url));
    }

    [Fact]
    public void The_data_flywheel_turn_lands_on_its_anchor_and_says_who_spoke()
    {
        var record = Records("/", Sora).Single(r => r.Url == "/sora-panel/s03/#s03-t07");

        Assert.Equal("何宜晖（Ethan）", record.Speaker);
        Assert.Equal("03 Sora的出现,会给AI应用生态带来哪些改变?", record.Section);
        Assert.Equal("何宜晖（Ethan） · 03 Sora的出现,会给AI应用生态带来哪些改变?", record.Title);
        Assert.Equal("与硅谷创业者深聊Sora:对技术创新和商业逻辑的思考", record.Transcript);
        Assert.Contains("数据飞轮", record.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_is_the_plain_text_of_the_paragraphs_without_the_speaker_prefix()
    {
        var turn = Sora.Sections[0].Turns.First(t => t.Paragraphs.Count > 1);
        var record = Records("/", Sora).Single(r => r.Url.EndsWith("#" + turn.Id, StringComparison.Ordinal));

        Assert.Equal(string.Join("\n", turn.Paragraphs.Select(p => p.Text)), record.Content);
        Assert.DoesNotContain("<", record.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_include_the_base_path_even_when_the_transcript_is_named_like_it()
    {
        var records = Records("/sora-panel/", Sora);

        Assert.Equal("/sora-panel/sora-panel/s01/#s01-t01", records[0].Url);
        Assert.All(records, r => Assert.StartsWith("/sora-panel/sora-panel/s0", r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void With_several_transcripts_a_section_is_named_with_its_transcript()
    {
        var other = Sora with { Id = "other", Title = "Other talk" };

        var records = Records("/", Sora, other);

        Assert.Equal(2 * Sora.AllTurns.Count(), records.Count);
        Assert.Contains(records, r => r.Url == "/other/s01/#s01-t01" && r.Section == "Other talk · " + Label(Sora.Sections[0]));
        Assert.Equal(2, records.Select(r => r.Section).Where(s => s.EndsWith(Label(Sora.Sections[2]), StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void Speaker_filters_use_the_name_readers_see_on_the_pages()
    {
        var speakers = Records("/", Sora).Select(r => r.Speaker).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Sora.Speakers.Select(TranscriptText.DisplayName).Order(StringComparer.Ordinal), speakers);
    }
}
