namespace Site.Transcripts;

internal enum BlockKind
{
    None,
    Guests,
    Highlights,
}

/// <summary>
/// The line that opens a guest or highlights block: <c>丨嘉宾</c>, <c>Guests:</c>, <c>## Speakers</c>,
/// <c>丨划重点</c>, <c>Key points:</c>... The decoration (<c>丨</c>, <c>#</c>, a trailing colon) is ignored.
/// </summary>
internal static class BlockHeader
{
    private static readonly HashSet<string> GuestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "嘉宾", "本期嘉宾", "对话嘉宾", "嘉宾介绍", "参与嘉宾", "特邀嘉宾", "直播嘉宾",
        "Guests", "Guest", "Speakers", "Panelists", "Panel", "Participants", "Featuring", "Our guests",
    };

    private static readonly HashSet<string> HighlightWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "划重点", "要点", "核心要点", "内容要点", "本文要点", "精彩观点", "核心观点", "重点",
        "Key points", "Highlights", "Key takeaways", "Takeaways", "Key highlights", "Summary points",
    };

    public static BlockKind Match(string line)
    {
        if (line.Length > 30)
        {
            return BlockKind.None;
        }

        var bare = line.TrimStart('丨', '｜', '|', '#', '【', '[', '■', '●', ' ', '\t', '\u3000')
            .TrimEnd(':', '：', '】', ']', ' ', '\t', '\u3000');
        if (GuestWords.Contains(bare))
        {
            return BlockKind.Guests;
        }

        return HighlightWords.Contains(bare) ? BlockKind.Highlights : BlockKind.None;
    }
}
