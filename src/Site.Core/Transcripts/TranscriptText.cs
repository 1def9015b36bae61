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
            // A role word among the aliases ("主持人") is the role, which pages show on their own.
            if (!string.Equals(speaker.Aliases[index], speaker.Name, StringComparison.OrdinalIgnoreCase) && !GuestEntryParser.IsRoleWord(speaker.Aliases[index]))
            {
                return $"{speaker.Name}（{speaker.Aliases[index]}）";
            }
        }

        return speaker.Name;
    }
}
