namespace Site.Transcripts;

/// <summary>
/// Reads one guest block entry. The shapes, tried in order:
/// <list type="bullet">
/// <item><c>Role(Alias):Name bio</c> when the part before the colon starts with a role word
/// (<c>主持人(腾讯科技):纪振宇 腾讯新闻驻硅谷作者</c>, <c>Host (DataTalk): Priya Natarajan, editor</c>);</item>
/// <item><c>Name: bio</c> when the part before the colon is a short name;</item>
/// <item><c>Name(Alias) bio</c> when the text before the bracket is a plausible name (<c>SHAUN.AGI (Shaun) 前Google...</c>);</item>
/// <item><c>Name, bio</c> when the text before the first comma is a plausible name;</item>
/// <item>otherwise the name ends at whitespace: the first token for CJK (<c>鲁为民  MoPaaS 魔泊云...</c>: MoPaaS is
/// bio), up to three capitalised words for Latin script (<c>Jane Doe CTO at X</c>).</item>
/// </list>
/// </summary>
internal static class GuestEntryParser
{
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "主持人", "主持", "主持人兼", "嘉宾", "特邀嘉宾", "记者", "采访者", "主讲人", "提问者", "观众",
        "Host", "Co-host", "Cohost", "Moderator", "Presenter", "Interviewer", "Interviewee", "Guest", "Panelist", "Speaker", "Narrator",
    };

    private static readonly HashSet<string> HostRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "主持人", "主持", "主持人兼", "采访者", "Host", "Co-host", "Cohost", "Moderator", "Presenter", "Interviewer",
    };

    public static bool IsHostRole(string? role) => role is not null && HostRoles.Contains(role.Trim());

    public static bool IsRoleWord(string text) => RoleWords.Contains(text.Trim());

    public static SpeakerEntry? Parse(BlockEntry entry)
    {
        // Scraped pages separate name and bio with no-break spaces; in names and bios they are plain spaces.
        var text = string.Join(' ', TextRules.Words(entry.Text));
        var aliases = new List<string>();
        string? role = null;
        var nameFirst = false;
        if (TurnPrefix.Split(text) is { } head && head.Rest.Length > 0)
        {
            var (headName, headAlias) = SplitBracket(head.Prefix);
            if (IsRoleWord(headName))
            {
                role = headName;
                nameFirst = true;
                AddAlias(aliases, headAlias);
                text = head.Rest;
            }
            else if (IsPlausibleName(head.Prefix) || (headAlias is not null && IsPlausibleName(headName)))
            {
                AddAlias(aliases, headAlias);
                return Build(headName, aliases, role, head.Rest, entry, nameFirst);
            }
        }

        var (name, alias, bio) = SplitNameAndBio(text);
        AddAlias(aliases, alias);
        if (name.Length == 0)
        {
            // "主持人(腾讯科技):" with nothing after the colon: the role is all we have to call them.
            name = role ?? string.Empty;
        }

        return name.Length == 0 ? null : Build(name, aliases, role, bio, entry, nameFirst);
    }

    private static SpeakerEntry Build(string name, List<string> aliases, string? role, string bio, BlockEntry entry, bool nameFirst)
    {
        var fullBio = string.Join(' ', new[] { bio }.Concat(entry.Continuation).SelectMany(TextRules.Words));
        aliases.RemoveAll(alias => TextRules.Key(alias) == TextRules.Key(name));
        return new SpeakerEntry(name, aliases, role, fullBio, null, entry.Line, entry.Column, nameFirst);
    }

    private static (string Name, string? Alias, string Bio) SplitNameAndBio(string text)
    {
        var open = text.IndexOfAny(['(', '（']);
        if (open > 0)
        {
            var close = text.IndexOfAny([')', '）'], open + 1);
            var before = text[..open].Trim();
            if (close > open && IsPlausibleName(before))
            {
                var alias = text[(open + 1)..close].Trim();
                return (before, alias.Length > 0 ? alias : null, TrimBio(text[(close + 1)..]));
            }
        }

        var comma = text.IndexOfAny([',', '，']);
        if (comma > 0 && IsPlausibleName(text[..comma].Trim()))
        {
            return (text[..comma].Trim(), null, TrimBio(text[(comma + 1)..]));
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return (string.Empty, null, string.Empty);
        }

        var nameWords = 1;
        if (!TextRules.ContainsCjk(words[0]))
        {
            // Up to three capitalised words, with the particles between them: "Maria Jose de la Cruz", "Ludwig van Beethoven".
            var capitalised = 1;
            while (nameWords < words.Length && capitalised < 3)
            {
                var next = nameWords;
                while (next < words.Length - 1 && TextRules.IsNameParticle(words[next]))
                {
                    next++;
                }

                if (!IsCapitalisedWord(words[next]))
                {
                    break;
                }

                nameWords = next + 1;
                capitalised++;
            }
        }

        return (string.Join(' ', words[..nameWords]), null, string.Join(' ', words[nameWords..]));
    }

    /// <summary>(Name, Alias) from <c>Name(Alias)</c> or <c>Name (Alias)</c>; the alias is null without brackets.</summary>
    internal static (string Name, string? Alias) SplitBracket(string text)
    {
        var open = text.IndexOfAny(['(', '（']);
        var close = text.LastIndexOfAny([')', '）']);
        if (open <= 0 || close < open || close != text.Length - 1)
        {
            return (text.Trim(), null);
        }

        var alias = text[(open + 1)..close].Trim();
        return (text[..open].Trim(), alias.Length > 0 ? alias : null);
    }

    /// <summary>A name is short: CJK without spaces (at most 12 characters), or at most four words.</summary>
    private static bool IsPlausibleName(string text)
    {
        if (text.Length == 0 || text.Length > 30 || text.Any(TextRules.IsProsePunctuation) || text.Any(c => c is ':' or '：' or '(' or ')' or '（' or '）'))
        {
            return false;
        }

        var words = TextRules.Words(text);
        return TextRules.ContainsCjk(text) ? words.Length == 1 && text.Length <= 12 : words.Count(word => !TextRules.IsNameParticle(word)) <= 4;
    }

    // "Natarajan" continues a name; "CTO" (all capitals) or "editor" starts the bio.
    private static bool IsCapitalisedWord(string word) =>
        word.Length > 1 && (char.IsUpper(word[0]) || (word.StartsWith("al-", StringComparison.Ordinal) && word.Length > 3 && char.IsUpper(word[3]))) && word.Skip(1).Any(char.IsLower) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '.');

    private static string TrimBio(string text) => text.Trim().TrimStart(',', '，', '、', ':', '：', '-', '–', '—', ' ').Trim();

    private static void AddAlias(List<string> aliases, string? alias)
    {
        if (alias is { Length: > 0 } && !aliases.Contains(alias))
        {
            aliases.Add(alias);
        }
    }
}
