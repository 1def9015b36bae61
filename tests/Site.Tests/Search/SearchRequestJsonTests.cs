using System.Text.Json;
using Site.Search;

namespace Site.Tests.Search;

/// <summary>The request file is the contract with search/index.mjs: these are the names the script reads.</summary>
public sealed class SearchRequestJsonTests
{
    private static readonly SearchRequest Request = new(
        "/tmp/.output.staging-1",
        "/sora-panel/",
        "zh-CN",
        [new TurnRecord("/sora-panel/sora-panel/s03/#s03-t07", "我们讲数据飞轮\n第二段", "何宜晖（Ethan） · 03 生态", "何宜晖（Ethan）", "03 生态", "与硅谷创业者深聊Sora")]);

    [Fact]
    public void The_request_has_the_names_the_script_reads()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Request, SearchJson.Default.SearchRequest));
        var root = json.RootElement;

        Assert.Equal(["site", "basePath", "language", "records"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/tmp/.output.staging-1", root.GetProperty("site").GetString());
        Assert.Equal("/sora-panel/", root.GetProperty("basePath").GetString());
        Assert.Equal("zh-CN", root.GetProperty("language").GetString());
        var record = Assert.Single(root.GetProperty("records").EnumerateArray().ToList());
        Assert.Equal(["url", "content", "title", "speaker", "section", "transcript"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/sora-panel/sora-panel/s03/#s03-t07", record.GetProperty("url").GetString());
        Assert.Equal("我们讲数据飞轮\n第二段", record.GetProperty("content").GetString());
        Assert.Equal("何宜晖（Ethan）", record.GetProperty("speaker").GetString());
    }

    [Fact]
    public void The_request_round_trips()
    {
        var text = JsonSerializer.Serialize(Request, SearchJson.Default.SearchRequest);

        var back = JsonSerializer.Deserialize(text, SearchJson.Default.SearchRequest)!;

        Assert.Equal(Request.Site, back.Site);
        Assert.Equal(Request.Records, back.Records);
    }

    [Fact]
    public void The_scripts_answer_is_read()
    {
        var answer = JsonSerializer.Deserialize("""{"pages":12,"turns":43,"milliseconds":280}""", SearchJson.Default.IndexerAnswer);

        Assert.Equal(new IndexerAnswer(12, 43, 280), answer);
    }
}
