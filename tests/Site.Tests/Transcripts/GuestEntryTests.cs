using Site.Transcripts;

namespace Site.Tests.Transcripts;

public sealed class GuestEntryTests
{
    [Theory]
    [InlineData("何宜晖(Ethan)NVidia 资深深度学习算法工程师", "何宜晖", "Ethan", null, "NVidia 资深深度学习算法工程师")]
    [InlineData("How在硅谷(How) 工程学博士,前苹果核心技术项目主管", "How在硅谷", "How", null, "工程学博士,前苹果核心技术项目主管")]
    [InlineData("鲁为民\u00A0\u00A0MoPaaS\u00A0魔泊云创始人和CEO", "鲁为民", null, null, "MoPaaS 魔泊云创始人和CEO")]
    [InlineData("SHAUN.AGI\u00A0(Shaun)\u00A0前Google Assistant", "SHAUN.AGI", "Shaun", null, "前Google Assistant")]
    [InlineData("主持人(腾讯科技):纪振宇 腾讯新闻驻硅谷作者", "纪振宇", "腾讯科技", "主持人", "腾讯新闻驻硅谷作者")]
    [InlineData("主持人（腾讯科技）：纪振宇　腾讯新闻驻硅谷作者", "纪振宇", "腾讯科技", "主持人", "腾讯新闻驻硅谷作者")]
    [InlineData("Host (DataTalk): Priya Natarajan, editor at DataTalk", "Priya Natarajan", "DataTalk", "Host", "editor at DataTalk")]
    [InlineData("Moderator: Sam Lee", "Sam Lee", null, "Moderator", "")]
    [InlineData("Jane Doe, CTO of Acme", "Jane Doe", null, null, "CTO of Acme")]
    [InlineData("Jane Doe CTO of Acme", "Jane Doe", null, null, "CTO of Acme")]
    [InlineData("张三，某公司创始人", "张三", null, null, "某公司创始人")]
    [InlineData("Ethan (NVIDIA): engineer", "Ethan", "NVIDIA", null, "engineer")]
    public void Entry_shapes(string text, string name, string? alias, string? role, string bio)
    {
        var entry = GuestEntryParser.Parse(new BlockEntry(text, [], 1, 1));
        Assert.NotNull(entry);
        Assert.Equal(name, entry.Name);
        Assert.Equal(alias is null ? [] : [alias], entry.Aliases);
        Assert.Equal(role, entry.Role);
        Assert.Equal(bio, entry.Bio);
    }

    [Theory]
    [InlineData("丨嘉宾", "Guests")]
    [InlineData("嘉宾", "Guests")]
    [InlineData("Guests:", "Guests")]
    [InlineData("Speakers:", "Guests")]
    [InlineData("Panelists：", "Guests")]
    [InlineData("丨划重点", "Highlights")]
    [InlineData("划重点", "Highlights")]
    [InlineData("Key points:", "Highlights")]
    [InlineData("Highlights:", "Highlights")]
    [InlineData("Guests are welcome", "None")]
    public void Block_headers(string line, string kind)
    {
        Assert.Equal(kind, BlockHeader.Match(line).ToString());
    }

    [Fact]
    public void Bullet_and_circled_entries_and_the_block_end()
    {
        var text = "T\n\nSpeakers:\n- Ann Lee, engineer\n- Bob Stone, designer\nThe talk was recorded live.\n\nAnn: hi\nBob: hello\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["ann-lee", "bob-stone"], transcript.Speakers.Select(s => s.Slug));
        Assert.Equal(["The talk was recorded live."], transcript.Lede.Select(p => p.Text));
    }

    [Fact]
    public void Slugs_are_transliterated_names_and_host_for_the_host()
    {
        var text = "T\n嘉宾\n①张三 研究员\n②李四 工程师\n③主持人：王五 记者\n张三：一\n李四：二\n王五：三\n主持人：四\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["zhang-san", "li-si", "host"], transcript.Speakers.Select(s => s.Slug));
        Assert.Equal(["zhang-san", "li-si", "host", "host"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }
}
