using System.Globalization;
using System.Text.Json;
using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Reads a Podcasting 2.0 JSON transcript (<c>.json</c>, podcast namespace "transcripts" spec):
/// <c>{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}</c>. The body is plain text,
/// shown as written (never markup). Hosts often write one word per segment: consecutive segments of one speaker
/// join into one turn, each segment a timed span of its paragraph. Read with <see cref="Utf8JsonReader"/> (no
/// reflection), so every problem has its line and column: invalid JSON, no <c>segments</c>, or segments none of which
/// has a <c>startTime</c> or <c>body</c> (Whisper's JSON) is SITE309, a segment
/// without a start time or body SITE311 (skipped, the rest read).
/// </summary>
internal static class PodcastJsonReader
{
    public static TranscriptParseResult Read(string text, string path, string id, TranscriptHeader? sidecar)
    {
        var diagnostics = new List<Diagnostic>();
        var positions = new JsonPositions(text);
        List<TimedCue>? cues;
        try
        {
            cues = ReadSegments(positions, path, diagnostics);
        }
        catch (JsonException exception)
        {
            var (line, column) = positions.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, line, column, $"this .json file is not valid JSON, so it is not read as a transcript: {FirstSentence(exception.Message)}"));
            return new TranscriptParseResult(null, diagnostics);
        }

        if (cues is null)
        {
            return new TranscriptParseResult(null, diagnostics);
        }

        var source = new TimedSource(id, path, cues);
        return new TranscriptParseResult(TimedTranscriptBuilder.Build(source, sidecar ?? TranscriptHeader.Empty, diagnostics), diagnostics);
    }

    private static List<TimedCue>? ReadSegments(JsonPositions positions, string path, List<Diagnostic> diagnostics)
    {
        var reader = new Utf8JsonReader(positions.Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(diagnostics, path, positions.At(reader.TokenStartIndex), reader.TokenType == JsonTokenType.StartArray ? " it is a list, not an object;" : string.Empty);
            return null;
        }

        List<TimedCue>? cues = null;
        var keys = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            keys.Add(name);
            reader.Read();
            if (name == "segments" && reader.TokenType == JsonTokenType.StartArray)
            {
                cues = [];
                // Problems of single segments wait until the array shows it is Podcasting 2.0 at all: Whisper's JSON
                // also has "segments", of "start", "end" and "text", and is one error, not a warning per segment.
                var segmentDiagnostics = new List<Diagnostic>();
                var shaped = false;
                (int Line, int Column)? first = null;
                HashSet<string>? firstKeys = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    first ??= positions.At(reader.TokenStartIndex);
                    var segmentKeys = new HashSet<string>(StringComparer.Ordinal);
                    if (Segment(ref reader, positions, path, segmentDiagnostics, segmentKeys) is { } cue)
                    {
                        cues.Add(cue);
                    }

                    firstKeys ??= segmentKeys;
                    shaped |= segmentKeys.Contains("startTime") || segmentKeys.Contains("body");
                }

                if (first is { } at && !shaped && firstKeys is { Count: > 0 })
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, at.Line, at.Column,
                        $"this .json file is not a Podcasting 2.0 transcript: its segments have {Names(firstKeys)}, not \"startTime\", \"endTime\", \"speaker\" and \"body\" (Whisper writes such JSON; its .vtt or .srt output can be read); it is not read"));
                    return null;
                }

                diagnostics.AddRange(segmentDiagnostics);
            }
            else
            {
                reader.Skip();
            }
        }

        if (cues is null)
        {
            Mismatch(diagnostics, path, (1, 1), keys.Count == 0 ? string.Empty : $" its keys are {Names(keys)};");
        }

        return cues;
    }

    /// <summary>Up to six JSON keys as a message names them: <c>"start", "end" and "text"</c>.</summary>
    private static string Names(IEnumerable<string> keys)
    {
        var quoted = keys.Distinct(StringComparer.Ordinal).Take(7).Select(key => $"\"{key}\"").ToList();
        if (quoted.Count > 6)
        {
            return string.Join(", ", quoted.Take(6)) + ", …";
        }

        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.SkipLast(1)) + " and " + quoted[^1];
    }

    /// <summary>JSON escapes (<c>\u001b</c>) can put control characters in a string that the raw text did not have.</summary>
    private static string? WithoutControlCharacters(string? value, int line, int column, List<Diagnostic> diagnostics, string path)
    {
        if (value is null || ControlCharacters.IndexIn(value) < 0)
        {
            return value;
        }

        var removed = new RemovedControlCharacters();
        removed.Note(value[ControlCharacters.IndexIn(value)], line, column);
        var cleaned = ControlCharacters.Strip(value, out var count);
        removed.Count = count;
        removed.Report(path, diagnostics);
        return cleaned;
    }

    private static TimedCue? Segment(ref Utf8JsonReader reader, JsonPositions positions, string path, List<Diagnostic> diagnostics, HashSet<string> keys)
    {
        var (line, column) = positions.At(reader.TokenStartIndex);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, line, column, "each segment must be an object with startTime, endTime, speaker and body; this one is skipped"));
            return null;
        }

        string? speaker = null;
        string? body = null;
        double? start = null;
        double? end = null;
        double? startOutside = null;
        double? endOutside = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            keys.Add(name ?? string.Empty);
            reader.Read();
            switch (name)
            {
                case "speaker" when reader.TokenType == JsonTokenType.String:
                    speaker = WithoutControlCharacters(reader.GetString(), line, column, diagnostics, path);
                    break;
                case "body" when reader.TokenType == JsonTokenType.String:
                    body = WithoutControlCharacters(reader.GetString(), line, column, diagnostics, path);
                    break;
                case "startTime":
                    start = Number(ref reader, out startOutside);
                    break;
                case "endTime":
                    end = Number(ref reader, out endOutside);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if ((startOutside ?? endOutside) is { } outside)
        {
            var key = startOutside is null ? "endTime" : "startTime";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, line, column,
                $"'{key}' {outside.ToString(CultureInfo.InvariantCulture)} is no time in a recording (0 to 10,000 hours); {(startOutside is null ? "the segment ends where it starts" : "the segment is skipped")}"));
            if (startOutside is not null)
            {
                return null;
            }
        }

        if (start is null || body is null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidCue, path, line, column, $"the segment has no {(start is null ? "numeric 'startTime'" : "text 'body'")}; it is skipped"));
            return null;
        }

        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(TextRules.TrimAll)
            .Where(text => text.Length > 0)
            .Select(TimedLine.Plain)
            .ToArray();
        if (lines.Length == 0)
        {
            return null;
        }

        var voice = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();
        return new TimedCue(start.Value, end ?? start.Value, voice, lines, line, column, MayHavePrefix: voice is null);
    }

    /// <summary>Ten thousand hours: past any recording, and as far as SRT's clock goes.</summary>
    private const double LatestTime = 10_000 * 3600;

    /// <summary>
    /// A number, or a string holding one (some hosts quote their times); null otherwise. A number that is no time in a
    /// recording (negative, NaN, infinite, past <see cref="LatestTime"/>) is null too, and given back in
    /// <paramref name="outside"/> to be reported.
    /// </summary>
    private static double? Number(ref Utf8JsonReader reader, out double? outside)
    {
        outside = null;
        double seconds;
        if (reader.TokenType == JsonTokenType.Number)
        {
            // A number too large for a double (1e400) is no time either.
            seconds = reader.TryGetDouble(out var number) ? number : double.PositiveInfinity;
        }
        else if (reader.TokenType == JsonTokenType.String && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            seconds = value;
        }
        else
        {
            reader.Skip();
            return null;
        }

        if (seconds is >= 0 and < LatestTime)
        {
            return seconds;
        }

        outside = seconds;
        return null;
    }

    private static void Mismatch(List<Diagnostic> diagnostics, string path, (int Line, int Column) at, string found) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FormatMismatch, path, at.Line, at.Column,
            $"this .json file is not a Podcasting 2.0 transcript (an object with \"segments\": [{{\"startTime\", \"endTime\", \"speaker\", \"body\"}}]);{found} it is not read"));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
