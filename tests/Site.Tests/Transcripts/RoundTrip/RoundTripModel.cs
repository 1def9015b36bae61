using System.Text;
using System.Text.RegularExpressions;
using Site.Transcripts;
using Site.Transcripts.Exports;

namespace Site.Tests.Transcripts.RoundTrip;

/// <summary>One turn as an export must keep it: who (by name), when (to the format's precision), what (normalised).</summary>
internal sealed record RoundTripTurn(string Speaker, long? Start, string Text);

/// <summary>
/// What must survive a round trip through an export. Left out, because the exports do not carry them: the title,
/// date, source, roles, bios, aliases and slugs of speakers (a reader makes slugs from the names again), speakers
/// who never speak, sections (chapters: none of the formats has them), paragraph breaks inside a turn (cues of one
/// turn join back into one paragraph) and word times finer than a cue. The timed formats have no turn boundary of
/// their own: consecutive cues of one speaker are one turn, so the turns of one speaker that follow each other
/// (across a chapter start, or as the text format wrote them) are compared as one. Starts are compared to the
/// millisecond (WebVTT, SRT, JSON) or to the second (the stamped text export writes <c>[hh:mm:ss]</c>); a start
/// before 0 (JSON allows one) is written, and compared, as 0. SRT has
/// no escapes: text that reads as the markup players honour (<c>&lt;b&gt;</c>, <c>&lt;/i&gt;</c>, <c>{\an8}</c>) is
/// markup when read back, so it is left out of the text compared through SRT.
/// </summary>
internal sealed partial record RoundTripModel(IReadOnlyList<string> Speakers, IReadOnlyList<RoundTripTurn> Turns)
{
    public static RoundTripModel Of(Transcript transcript, string format)
    {
        var turns = new List<RoundTripTurn>();
        foreach (var turn in transcript.AllTurns)
        {
            var speaker = transcript.FindSpeaker(turn.SpeakerSlug)?.Name ?? turn.SpeakerSlug;
            var text = string.Join(' ', turn.Paragraphs.Select(paragraph => paragraph.Text));
            text = Normalise(format == "srt" ? SrtMarkup().Replace(text, string.Empty) : text);
            if (format != "txt" && turns.Count > 0 && turns[^1].Speaker == speaker)
            {
                turns[^1] = turns[^1] with { Text = Join(turns[^1].Text, text) };
                continue;
            }

            turns.Add(new RoundTripTurn(speaker, Start(turn.Start, format), text));
        }

        return new RoundTripModel([.. turns.Select(turn => turn.Speaker).Distinct()], turns);
    }

    public static void AssertSameTurns(IReadOnlyList<RoundTripTurn> expected, IReadOnlyList<RoundTripTurn> actual, string export)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : null;
            var got = i < actual.Count ? actual[i] : null;
            // A turn without a start in the source gets one in the export (where the turn before ends).
            if (want is null || got is null || want.Speaker != got.Speaker || !SameText(want.Text, got.Text) || (want.Start is not null && want.Start != got.Start))
            {
                Assert.Fail($"turn {i} differs:\n  source: {want}\n  export: {got}\nthe export:\n{(export.Length > 4000 ? export[..4000] + "…" : export)}");
            }
        }
    }

    /// <summary>
    /// The same text; where a word is wider than a cue (<see cref="TranscriptCues.MaxWidth"/>), the export cuts it and
    /// the reader joins the cues with a space, so there the text is compared without its spaces.
    /// </summary>
    private static bool SameText(string expected, string actual) =>
        expected == actual ||
        (expected.Split(' ').Any(word => TranscriptCues.Width(word) > TranscriptCues.MaxWidth) && expected.Replace(" ", string.Empty, StringComparison.Ordinal) == actual.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>Runs of white space as one space; none between two CJK characters (a cue boundary there is not a space).</summary>
    private static string Normalise(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = new StringBuilder();
        foreach (var word in words)
        {
            joined.Append(joined.Length == 0 ? word : Join(string.Empty, word, joined));
        }

        return joined.ToString();
    }

    private static string Join(string left, string right) => left.Length == 0 ? right : right.Length == 0 ? left : Join(left, right, null);

    private static string Join(string left, string right, StringBuilder? into)
    {
        var last = into is { Length: > 0 } ? into[^1] : left.Length > 0 ? left[^1] : ' ';
        var tight = IsCjk(last) && right.Length > 0 && IsCjk(right[0]);
        return into is null ? left + (tight ? string.Empty : " ") + right : (tight ? string.Empty : " ") + right;
    }

    private static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private static long? Start(double? seconds, string format) => seconds is not { } value
        ? null
        : format == "txt"
            ? (long)Math.Round(Math.Max(0, value) * 1000, MidpointRounding.AwayFromZero) / 1000
            : (long)Math.Round(Math.Max(0, value) * 1000, MidpointRounding.AwayFromZero);

    [GeneratedRegex(@"</?(?:i|b|u|s|font)(?:\s[^<>]*)?>|\{\\[^}]*\}", RegexOptions.IgnoreCase)]
    private static partial Regex SrtMarkup();
}
