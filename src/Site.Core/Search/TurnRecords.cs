using Site.Transcripts;
using Site.Urls;

namespace Site.Search;

/// <summary>
/// Makes the search records of the turns from the transcript models (not from the HTML), so a result knows who
/// said it and lands on the turn's anchor rather than on the top of a long section page.
/// </summary>
public static class TurnRecords
{
    /// <param name="sectionLabel">The label pages show for a section (<c>03 Title</c>), so a filter reads like the contents.</param>
    public static IReadOnlyList<TurnRecord> From(IEnumerable<Transcript> transcripts, UrlHelper urls, Func<Section, string> sectionLabel)
    {
        var all = transcripts.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var records = new List<TurnRecord>();
        foreach (var transcript in all)
        {
            foreach (var section in transcript.Sections)
            {
                // With several transcripts, "01 Opening" alone would merge sections of different conversations.
                var label = all.Count == 1 ? sectionLabel(section) : $"{transcript.Title} · {sectionLabel(section)}";
                foreach (var turn in section.Turns)
                {
                    var speaker = transcript.FindSpeaker(turn.SpeakerSlug) is { } known
                        ? TranscriptText.DisplayName(known)
                        : turn.SpeakerSlug;
                    records.Add(new TurnRecord(
                        urls.Url(TranscriptUrls.Turn(transcript, section, turn)),
                        string.Join("\n", turn.Paragraphs.Select(p => p.Text)),
                        $"{speaker} · {label}",
                        speaker,
                        label,
                        transcript.Title));
                }
            }
        }

        return records;
    }
}
