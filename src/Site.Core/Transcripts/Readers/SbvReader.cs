using System.Text.RegularExpressions;
using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Reads SubViewer (<c>.sbv</c>), the captions file YouTube Studio downloads by default: cues of a timing line
/// <c>h:mm:ss.mmm,h:mm:ss.mmm</c> and the text lines under it, a blank line between cues. There are no cue numbers,
/// settings or tags; the text is shown as written, a leading <c>Name:</c> or <c>&gt;&gt;</c> marking the speaker as in
/// SRT. A malformed timing line is SITE311 and its cue skipped, text outside any cue is SITE311 too, and a file with
/// no timing line at all is SITE309.
/// </summary>
internal static partial class SbvReader
{
    public static TranscriptParseResult Read(string text, string path, string id, TranscriptHeader? sidecar)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = SourceLines.Normalize(text).Split('\n');
        var cues = new List<TimedCue>();
        var sawTiming = false;
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var timing = Timing().Match(lines[i]);
            if (!timing.Success)
            {
                var start = i;
                while (i < lines.Length && lines[i].Trim().Length > 0 && !Timing().IsMatch(lines[i]))
                {
                    i++;
                }

                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, start + 1, 1, $"text '{TextRules.Quote(lines[start])}' is not inside a cue (no timing line 'h:mm:ss.mmm,h:mm:ss.mmm' before it); it is skipped"));
                continue;
            }

            sawTiming = true;
            var timingLine = i + 1;
            var textLines = new List<TimedLine>();
            i++;
            while (i < lines.Length && lines[i].Trim().Length > 0 && !Timing().IsMatch(lines[i]))
            {
                if (TextRules.TrimAll(lines[i]) is { Length: > 0 } clean)
                {
                    textLines.Add(TimedLine.Plain(clean));
                }

                i++;
            }

            if (ClockTime.Parse(timing.Groups["start"].Value) is not { } from || ClockTime.Parse(timing.Groups["end"].Value) is not { } to)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, timingLine, 1, $"malformed cue timing line '{TextRules.Quote(lines[timingLine - 1])}' (minutes and seconds run to 59); the cue's text is skipped"));
                continue;
            }

            if (textLines.Count > 0)
            {
                cues.Add(new TimedCue(from, to, null, textLines, timingLine, 1, MayHavePrefix: true));
            }
        }

        if (!sawTiming)
        {
            diagnostics.Clear();
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, 1, 1, "this .sbv file has no cue timing line ('0:00:01.000,0:00:04.000'), so it is not SubViewer; it is not read"));
            return new TranscriptParseResult(null, diagnostics);
        }

        var source = new TimedSource(id, path, cues);
        return new TranscriptParseResult(TimedTranscriptBuilder.Build(source, sidecar ?? TranscriptHeader.Empty, diagnostics), diagnostics);
    }

    [GeneratedRegex(@"^\s*(?<start>[0-9]{1,4}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]{1,3})?)\s*,\s*(?<end>[0-9]{1,4}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]{1,3})?)\s*$")]
    private static partial Regex Timing();
}
