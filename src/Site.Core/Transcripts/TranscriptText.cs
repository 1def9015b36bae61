using System.Globalization;
using Site.Theming;

namespace Site.Transcripts;

/// <summary>How sections and speakers are named on pages and in navigation.</summary>
public static class TranscriptText
{
    /// <summary><c>01 Title</c>; a section before the first heading is called by the theme's <c>untitled_section</c>.</summary>
    public static string SectionLabel(Section section, Theme theme, string? language = null) =>
        section.Title.Length == 0
            ? theme.Text("untitled_section", language)
            : string.Create(CultureInfo.InvariantCulture, $"{section.Number:00} {section.Title}");

    /// <summary>The name with the alias the transcript uses for the speaker, e.g. <c>何宜晖（Ethan）</c>.</summary>
    public static string DisplayName(Speaker speaker)
    {
        // Called for every turn of every page: an index loop, where a query or a foreach over the interface
        // would allocate on each call.
        for (var index = 0; index < speaker.Aliases.Count; index++)
        {
            // A role word among the aliases ("主持人") is the role, which pages show on their own; a surname ("GROSS" of
            // TERRY GROSS) is already in the name.
            if (!string.Equals(speaker.Aliases[index], speaker.Name, StringComparison.OrdinalIgnoreCase) && !GuestEntryParser.IsRoleWord(speaker.Aliases[index]) && !IsWordOf(speaker.Aliases[index], speaker.Name))
            {
                return $"{speaker.Name}（{speaker.Aliases[index]}）";
            }
        }

        return speaker.Name;
    }

    /// <summary>Whether <paramref name="word"/> is one of the words of <paramref name="name"/>, ignoring case.</summary>
    private static bool IsWordOf(string word, string name)
    {
        for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
