using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>A cue as the WebVTT file parser found it: times, raw cue text and the line of its timing line.</summary>
internal sealed record WebVttRawCue(double Start, double End, string Text, int Line, int Column)
{
    /// <summary>The <c>region:</c> setting naming a region a <c>REGION</c> block defines, else null.</summary>
    public string? Region { get; init; }
}

/// <summary>What the file parser found: the title (text after <c>WEBVTT</c>), header lines, and the cues.</summary>
internal sealed record WebVttDocument(string? Title, IReadOnlyList<string> HeaderLines, IReadOnlyList<WebVttRawCue> Cues);

/// <summary>
/// The W3C "WebVTT parser algorithm" (§ 6.1), for a whole file: the <c>WEBVTT</c> signature line, the header
/// block, then "collect a WebVTT block" for each block: a block with a timing line (first line, or second after a
/// cue identifier) is a cue; <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c> blocks, identifiers and cue settings are
/// dropped; a <c>--&gt;</c> line inside cue text ends the cue there. Where the spec silently discards (a timing line
/// that does not parse, text outside any cue), the reader reports SITE311 so no words vanish without a word; a timing
/// line whose times are plain clock times written another way (Podnews' <c>1:04.620</c>) is read, and reported once.
/// </summary>
internal static class WebVttFile
{
    public static WebVttDocument? Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        var input = text.Replace('\0', '\uFFFD').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = new LineIndex(input);
        var position = input.Length > 0 && input[0] == '\uFEFF' ? 1 : 0;
        var signature = CollectLine(input, ref position).ToString();
        if (signature.Length < 6 || !signature.StartsWith("WEBVTT", StringComparison.Ordinal) || (signature.Length > 6 && signature[6] is not (' ' or '\t')))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, 1, 1, "a .vtt file must start with the line 'WEBVTT'; this one does not, so it is not read (rename it if it is another format)"));
            return null;
        }

        var title = signature.Length > 6 ? signature[7..].Trim().TrimStart('-').Trim() : string.Empty;
        var looseTimes = new LooseTimes();
        var header = new List<string>();
        var cues = new List<WebVttRawCue>();
        var regions = new HashSet<string>(StringComparer.Ordinal);
        if (position >= input.Length)
        {
            return new WebVttDocument(title.Length > 0 ? title : null, header, cues);
        }

        position++; // the line feed ending the signature line
        if (position < input.Length && input[position] != '\n')
        {
            var headerBlock = CollectBlock(input, ref position, inHeader: true, lines, looseTimes, path, diagnostics);
            header.AddRange(headerBlock.Buffer.Split('\n'));
        }

        while (position < input.Length && input[position] == '\n')
        {
            position++;
        }

        while (position < input.Length)
        {
            var block = CollectBlock(input, ref position, inHeader: false, lines, looseTimes, path, diagnostics);
            if (block.Cue is { } cue)
            {
                // The spec drops a region setting whose region no REGION block defines.
                cues.Add(cue.Region is { } region && !regions.Contains(region) ? cue with { Region = null } : cue);
            }
            else if (cues.Count == 0 && IsBlock(block.Buffer, "REGION"))
            {
                regions.UnionWith(RegionIds(block.Buffer));
            }

            while (position < input.Length && input[position] == '\n')
            {
                position++;
            }
        }

        looseTimes.Report(path, diagnostics);
        return new WebVttDocument(title.Length > 0 ? title : null, header, cues);
    }

    private readonly record struct Block(WebVttRawCue? Cue, string Buffer);

    /// <summary>Timing lines read by <see cref="WebVttTimestamp.CollectLoose"/>: one warning for the file, at the first.</summary>
    private sealed class LooseTimes
    {
        private int _count;
        private int _line;
        private string _text = string.Empty;

        public void Note(int line, ReadOnlySpan<char> text)
        {
            if (_count++ == 0)
            {
                (_line, _text) = (line, TextRules.Quote(text.ToString()));
            }
        }

        public void Report(string path, List<Diagnostic> diagnostics)
        {
            if (_count > 0)
            {
                var count = _count == 1 ? "this cue's times are" : $"the times of {_count} cues (the first here) are";
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, _line, 1,
                    $"{count} not WebVTT timestamps ('{_text}'; WebVTT writes mm:ss.ttt or hh:mm:ss.ttt); they are read as written, but players that follow the standard skip such cues"));
            }
        }
    }

    private static Block CollectBlock(string input, ref int position, bool inHeader, LineIndex lines, LooseTimes looseTimes, string path, List<Diagnostic> diagnostics)
    {
        var lineCount = 0;
        var previousPosition = position;
        var blockStart = position;
        // The spec's buffer is the block's lines joined by line feeds: in the normalised input, the stretch from the
        // first line it holds to the end of the last, so it is kept as that range, not copied line by line.
        var (bufferStart, bufferEnd) = (-1, -1);
        var seenArrow = false;
        var timingFailed = false;
        (double Start, double End, int Line)? timing = null;
        string? region = null;
        while (true)
        {
            var lineStart = position;
            var line = CollectLine(input, ref position);
            var lineEnd = position;
            lineCount++;
            var seenEof = position >= input.Length;
            if (!seenEof)
            {
                position++;
            }

            if (line.Contains("-->", StringComparison.Ordinal))
            {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow)))
                {
                    seenArrow = true;
                    previousPosition = position;
                    var at = 0;
                    if (CollectTimings(line, ref at, out var loose) is { } times)
                    {
                        timing = (times.Start, times.End, lines.LineOf(lineStart));
                        region = RegionSetting(line[at..]);
                        if (loose)
                        {
                            looseTimes.Note(lines.LineOf(lineStart), line);
                        }
                    }
                    else
                    {
                        timingFailed = true;
                        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, lines.LineOf(lineStart), at + 1,
                            $"malformed cue timing line '{TextRules.Quote(line.ToString())}' (expected 'hh:mm:ss.ttt --> hh:mm:ss.ttt'); the cue's text is skipped"));
                    }

                    (bufferStart, bufferEnd) = (-1, -1);
                }
                else
                {
                    position = previousPosition;
                    break;
                }
            }
            else if (line.Length == 0)
            {
                break;
            }
            else
            {
                bufferStart = bufferStart < 0 ? lineStart : bufferStart;
                bufferEnd = lineEnd;
                previousPosition = position;
            }

            if (seenEof)
            {
                break;
            }
        }

        var text = bufferStart < 0 ? string.Empty : input[bufferStart..bufferEnd];
        if (timing is { } t)
        {
            return new Block(new WebVttRawCue(t.Start, t.End, text, t.Line, 1) { Region = region }, string.Empty);
        }

        // Blank-looking lines of spaces and lone cue numbers (left when a timing line comes third) hold no words.
        var words = text.Split('\n').Where(line => line.Trim().Length > 0 && !line.Trim().All(char.IsAsciiDigit)).ToList();
        if (!inHeader && !timingFailed && words.Count > 0 && !IsKnownNonCue(text))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, lines.LineOf(blockStart), 1,
                $"text '{TextRules.Quote(words[0])}' has no cue timing line before it; it is skipped (a cue is a timing line 'hh:mm:ss.ttt --> hh:mm:ss.ttt' and its text)"));
        }

        return new Block(null, text);
    }

    // "REGION: id=foo width=40%" and "STYLE:" are the syntax of drafts before 2017 (browser test suites keep them):
    // settings, not words, like the blocks of today's syntax.
    private static bool IsKnownNonCue(string block) =>
        IsBlock(block, "NOTE") || IsBlock(block, "STYLE") || IsBlock(block, "REGION");

    private static bool IsBlock(string block, string keyword) =>
        block.StartsWith(keyword, StringComparison.Ordinal) && (block.Length == keyword.Length || block[keyword.Length] is ' ' or '\t' or '\n' or ':');

    /// <summary>The <c>id:</c> of a REGION block (W3C § 6.3, "collect WebVTT region settings").</summary>
    private static IEnumerable<string> RegionIds(string block) =>
        block.Split('\n').Skip(1).SelectMany(line => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(setting => setting.StartsWith("id:", StringComparison.Ordinal) && setting.Length > 3 && !setting.Contains("-->", StringComparison.Ordinal))
            .Select(setting => setting[3..]);

    /// <summary>The value of the last <c>region:</c> cue setting after the times, as the spec's settings parser takes it.</summary>
    private static string? RegionSetting(ReadOnlySpan<char> settings)
    {
        string? region = null;
        foreach (var range in settings.SplitAny(" \t"))
        {
            if (settings[range] is var setting && setting.StartsWith("region:") && setting.Length > "region:".Length)
            {
                region = setting["region:".Length..].ToString();
            }
        }

        return region;
    }

    /// <summary>
    /// "Collect WebVTT cue timings and settings"; settings are read past and dropped. Where the spec's timestamps do
    /// not parse, times some tools write instead (<see cref="WebVttTimestamp.CollectLoose"/>) are taken, and
    /// <paramref name="loose"/> says so.
    /// </summary>
    private static (double Start, double End)? CollectTimings(ReadOnlySpan<char> line, ref int position, out bool loose)
    {
        var from = position;
        loose = false;
        if (CollectTimings(line, ref position, WebVttTimestamp.Collect) is { } times)
        {
            return times;
        }

        var failedAt = position;
        position = from;
        if (CollectTimings(line, ref position, WebVttTimestamp.CollectLoose) is { } looseTimes &&
            (position == line.Length || line[position] is ' ' or '\t'))
        {
            loose = true;
            return looseTimes;
        }

        position = failedAt;
        return null;
    }

    private delegate double? TimestampRule(ReadOnlySpan<char> line, ref int position);

    private static (double Start, double End)? CollectTimings(ReadOnlySpan<char> line, ref int position, TimestampRule timestamp)
    {
        SkipWhitespace(line, ref position);
        if (timestamp(line, ref position) is not { } start)
        {
            return null;
        }

        SkipWhitespace(line, ref position);
        if (!line[position..].StartsWith("-->"))
        {
            return null;
        }

        position += 3;
        SkipWhitespace(line, ref position);
        if (timestamp(line, ref position) is not { } end)
        {
            return null;
        }

        return (start, end);
    }

    private static void SkipWhitespace(ReadOnlySpan<char> line, ref int position)
    {
        while (position < line.Length && line[position] is ' ' or '\t' or '\f')
        {
            position++;
        }
    }

    private static ReadOnlySpan<char> CollectLine(string input, ref int position)
    {
        var end = input.IndexOf('\n', position);
        end = end < 0 ? input.Length : end;
        var line = input.AsSpan(position, end - position);
        position = end;
        return line;
    }
}
