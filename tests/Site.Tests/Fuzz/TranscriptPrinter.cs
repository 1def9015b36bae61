using System.Globalization;
using System.Text;
using Site.Transcripts;

namespace Site.Tests.Fuzz;

/// <summary>
/// Prints a parsed transcript back in the documented text format: front matter with the title and the speakers
/// (each with a made-up alias the turns use, and its slug), <c>## Section</c> headings, each turn as
/// <c>alias: first paragraph</c> and its other paragraphs one per line.
/// </summary>
internal static class TranscriptPrinter
{
    public static string Print(Transcript transcript)
    {
        var text = new StringBuilder("---\ntitle: ").Append(Quote(transcript.Title)).Append("\nspeakers:\n");
        for (var i = 0; i < transcript.Speakers.Count; i++)
        {
            var speaker = transcript.Speakers[i];
            text.Append("  - name: ").Append(Quote(speaker.Name)).Append('\n')
                .Append("    aliases: [").Append(Alias(i)).Append("]\n")
                .Append("    slug: ").Append(Quote(speaker.Slug)).Append('\n');
        }

        text.Append("---\n");
        foreach (var paragraph in transcript.Lede)
        {
            text.Append(paragraph.Text).Append('\n');
        }

        foreach (var section in transcript.Sections)
        {
            if (section.Title.Length > 0)
            {
                text.Append("## ").Append(section.Title).Append('\n');
            }

            foreach (var paragraph in section.Intro)
            {
                text.Append(paragraph.Text).Append('\n');
            }

            foreach (var turn in section.Turns)
            {
                var index = transcript.Speakers.ToList().FindIndex(speaker => speaker.Slug == turn.SpeakerSlug);
                text.Append(Alias(index)).Append(": ").Append(turn.Paragraphs[0].Text).Append('\n');
                foreach (var paragraph in turn.Paragraphs.Skip(1))
                {
                    text.Append(paragraph.Text).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Alias(int index) => string.Create(CultureInfo.InvariantCulture, $"spk{index}q");

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
