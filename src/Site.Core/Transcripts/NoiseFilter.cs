using System.Text.RegularExpressions;

namespace Site.Transcripts;

/// <summary>
/// Recognises what a web scrape leaves around a transcript: loading placeholders, "published 2 hours ago by x"
/// lines, like/comment counters, and the copyright/related/comments blocks at the end of the page.
/// </summary>
internal static partial class NoiseFilter
{
    /// <summary>Lines that are noise wherever they appear.</summary>
    public static bool IsNoiseLine(string line) =>
        LoadingLine().IsMatch(line) || PublishedLine().IsMatch(line) || CounterLine().IsMatch(line);

    /// <summary>
    /// A line that opens the page furniture after the article (<c>© 版权声明</c>, <c>相关文章</c>, <c>暂无评论</c>,
    /// <c>Related posts</c>...). Everything from it to the end is dropped, unless a speaker's turn follows
    /// (<see cref="LineFilter"/>).
    /// </summary>
    public static bool IsTrailingMarker(string line)
    {
        if (line.StartsWith('©') || line.StartsWith("Copyright ©", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Every line of a transcript is asked: most are long sentences, which no marker is.
        var bare = line.AsSpan().TrimEnd(".…。 :：");
        return bare.Length <= LongestMarker && TrailingMarkerLookup.Contains(bare);
    }

    private static readonly HashSet<string> TrailingMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "版权声明", "相关文章", "相关阅读", "相关推荐", "推荐阅读", "暂无评论", "发表评论", "评论",
        "Related", "Related articles", "Related posts", "Related stories", "No comments", "No comments yet",
        "Leave a comment", "Leave a reply", "Comments",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingMarkerLookup =
        TrailingMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestMarker = TrailingMarkers.Max(marker => marker.Length);

    [GeneratedRegex(@"^(?:loading|加载中|載入中|正在加载)\s*(?:\.{2,}|…+|。{2,})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoadingLine();

    // "资讯7个月前发布 hiailand", "2小时前发布 editor01", "Published 3 days ago by editor".
    [GeneratedRegex(@"^(?:\S{0,12}?(?:\d+\s*(?:秒|分钟|小时|天|周|星期|个月|月|年)前|刚刚|昨天|前天)\s*发布(?:\s+\S+)?|(?:posted|published|updated)\s+\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s+by\s+\S+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLine();

    // "554 0 0": views, likes, comments.
    [GeneratedRegex(@"^\d+(?:[ \t\u00A0]+\d+){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterLine();
}
