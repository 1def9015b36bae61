using System.Text.RegularExpressions;

namespace Site.Transcripts;

/// <summary>
/// The closing credit (<c>本文来自微信公众号...</c>, <c>Source: ...</c>, <c>原文链接...</c>): only lines at the very end
/// count, so a guest saying "本文来自..." mid-transcript stays part of the turn.
/// </summary>
internal static partial class CreditRule
{
    public static bool IsCredit(string line) => CreditLine().IsMatch(line);

    /// <summary>
    /// Takes credit lines off the end of <paramref name="lines"/> and returns them in file order. A turn of one of
    /// <paramref name="speakers"/> is never a credit (<c>编辑：谢谢收看</c> when 编辑 is a speaker).
    /// </summary>
    public static List<SourceLine> TakeTrailing(List<SourceLine> lines, SpeakerDirectory? speakers = null)
    {
        var start = lines.Count;
        while (start > 0 && IsCredit(lines[start - 1].Text) && !(speakers is not null && LineFilter.IsKnownTurn(lines[start - 1].Text, speakers)))
        {
            start--;
        }

        var credit = lines.GetRange(start, lines.Count - start);
        lines.RemoveRange(start, lines.Count - start);
        return credit;
    }

    [GeneratedRegex(@"^(?:本文(?:来自|转载自|转自|来源|首发于)|转载自|原文(?:链接|地址|标题)?\s*[:：]|文章来源|来源\s*[:：]|责任编辑|编辑\s*[:：]|source\s*:|originally\s+(?:published|appeared)|this\s+(?:article|transcript|interview|episode|post)\s+(?:was|first|originally)|reprinted\s+(?:from|with)|republished\s+from)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}
