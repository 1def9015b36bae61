using System.Globalization;
using System.Text.RegularExpressions;
using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Reads SubRip (<c>.srt</c>) as players and subtitle tools write it: numbered cues (the number may be missing),
/// <c>hh:mm:ss,mmm --&gt; hh:mm:ss,mmm</c> with <c>.</c> for <c>,</c>, hours left out, extra spaces and position
/// coordinates (<c>X1:…</c>) after the times tolerated; multi-line cues; BOM and CRLF; a last cue without a blank
/// line after it. ASS override tags (<c>{\an8}</c>) and the HTML tags players honour (<c>i b u s font</c>) are
/// dropped with their text kept, ASS line breaks and hard spaces (<c>\N \h</c>) read as players show them; any other <c>&lt;...&gt;</c> is text, shown as written. A malformed timing line is
/// SITE311 and its cue skipped; text outside any cue is SITE311 too; a file with no cue at all is SITE309.
/// </summary>
internal static partial class SrtReader
{
    public static TranscriptParseResult Read(string text, string path, string id, TranscriptHeader? sidecar)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = SourceLines.Normalize(text).Split('\n');
        if (lines[0].StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, 1, 1, "this .srt file is WebVTT (it starts with 'WEBVTT'); rename it to .vtt"));
            return new TranscriptParseResult(null, diagnostics);
        }

        var cues = new List<TimedCue>();
        var sawTiming = false;
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || (IsIndex(line) && i + 1 < lines.Length && LooksLikeTiming(lines[i + 1])))
            {
                i++;
                continue;
            }

            if (!LooksLikeTiming(line))
            {
                var start = i;
                while (i < lines.Length && lines[i].Trim().Length > 0 && !LooksLikeTiming(lines[i]))
                {
                    i++;
                }

                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, start + 1, 1, $"text '{TextRules.Quote(lines[start])}' is not inside a cue (no timing line 'hh:mm:ss,mmm --> hh:mm:ss,mmm' before it); it is skipped"));
                continue;
            }

            sawTiming = true;
            var timing = Timing().Match(line);
            var textLines = new List<TimedLine>();
            var first = i + 1;
            i++;
            // Inside a cue only a well-formed timing line starts the next one: "a --> b" is text (SRT has no escapes).
            while (i < lines.Length && lines[i].Trim().Length > 0 && !Timing().IsMatch(lines[i]) &&
                   !(IsIndex(lines[i]) && i + 1 < lines.Length && LooksLikeTiming(lines[i + 1])))
            {
                foreach (var part in Clean(lines[i]).Split('\n'))
                {
                    if (TextRules.TrimAll(part) is { Length: > 0 } clean)
                    {
                        textLines.Add(TimedLine.Plain(clean));
                    }
                }

                i++;
            }

            if (!timing.Success || Seconds(timing.Groups["start"].Value) is not { } from || Seconds(timing.Groups["end"].Value) is not { } to)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, first, 1, $"malformed cue timing line '{TextRules.Quote(line)}' (expected 'hh:mm:ss,mmm --> hh:mm:ss,mmm'); the cue's text is skipped"));
                continue;
            }

            if (textLines.Count > 0)
            {
                cues.Add(new TimedCue(from, to, null, textLines, first, 1, MayHavePrefix: true));
            }
        }

        if (!sawTiming && lines.Any(line => line.Trim().Length > 0))
        {
            diagnostics.Clear();
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, 1, 1, "this .srt file has no cue timing line ('00:00:01,000 --> 00:00:04,000'), so it is not SubRip; it is not read"));
            return new TranscriptParseResult(null, diagnostics);
        }

        var source = new TimedSource(id, path, cues);
        return new TranscriptParseResult(TimedTranscriptBuilder.Build(source, sidecar ?? TranscriptHeader.Empty, diagnostics), diagnostics);
    }

    private static bool IsIndex(string line) => line.Trim() is { Length: > 0 and < 10 } trimmed && trimmed.All(char.IsAsciiDigit);

    private static bool LooksLikeTiming(string line) => line.Contains("-->", StringComparison.Ordinal) || ArrowLike().IsMatch(line);

    /// <summary>
    /// The line without tags, the ASS escapes players honour in SRT (VSFilter, VLC, mpv) read as they show them:
    /// <c>\N</c> and <c>\n</c> break the line, <c>\h</c> is a no-break space.
    /// </summary>
    private static string Clean(string line)
    {
        var text = FormattingTag().Replace(AssOverride().Replace(line, string.Empty), string.Empty);
        return text.Contains('\\') ? AssEscape().Replace(text, match => match.Value[1] == 'h' ? "\u00A0" : "\n") : text;
    }

    /// <summary><c>01:02:03,450</c>, <c>1:02:03.45</c> or <c>02:03,450</c> in seconds; null when not a time.</summary>
    private static double? Seconds(string text)
    {
        var parts = text.Split(':');
        var fraction = 0.0;
        var last = parts[^1];
        var mark = last.IndexOfAny([',', '.']);
        if (mark >= 0)
        {
            var digits = last[(mark + 1)..];
            fraction = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture) / Math.Pow(10, digits.Length);
            parts[^1] = last[..mark];
        }

        double total = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            var value = int.Parse(parts[p], CultureInfo.InvariantCulture);
            if (p > 0 && value > 59)
            {
                return null;
            }

            total = (total * 60) + value;
        }

        return total + fraction;
    }

    [GeneratedRegex(@"^\s*(?<start>(?:[0-9]{1,4}:)?[0-9]{1,2}:[0-9]{1,2}(?:[,.][0-9]{1,3})?)\s*-->\s*(?<end>(?:[0-9]{1,4}:)?[0-9]{1,2}:[0-9]{1,2}(?:[,.][0-9]{1,3})?)(?:\s.*)?$")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^\s*\d{1,2}:\d{1,2}\S*\s*-+>")]
    private static partial Regex ArrowLike();

    [GeneratedRegex(@"\\[Nnh]")]
    private static partial Regex AssEscape();

    [GeneratedRegex(@"\{\\[^}]*\}")]
    private static partial Regex AssOverride();

    [GeneratedRegex(@"</?(?:i|b|u|s|font)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();
}
