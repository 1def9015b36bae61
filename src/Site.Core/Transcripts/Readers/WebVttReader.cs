using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Reads a WebVTT file (<c>.vtt</c>): the W3C file parser (<see cref="WebVttFile"/>), cue text parsing
/// (<see cref="WebVttCueText"/>), YouTube's rolling captions de-duplicated (<see cref="RollingCaptions"/>), then
/// the turns every timed format gets (<see cref="TimedTranscriptBuilder"/>). The title is the text after
/// <c>WEBVTT</c> unless the sidecar gives one; a <c>Language:</c> header line (YouTube) is the language.
/// </summary>
internal static class WebVttReader
{
    public static TranscriptParseResult Read(string text, string path, string id, TranscriptHeader? sidecar)
    {
        var diagnostics = new List<Diagnostic>();
        var document = WebVttFile.Parse(text, path, diagnostics);
        if (document is null)
        {
            return new TranscriptParseResult(null, diagnostics);
        }

        var cues = new List<TimedCue>();
        foreach (var raw in document.Cues)
        {
            foreach (var voiced in WebVttCueText.Parse(raw.Text, raw.Start, raw.End))
            {
                cues.Add(new TimedCue(raw.Start, raw.End, voiced.Voice, voiced.Lines, raw.Line, raw.Column, MayHavePrefix: voiced.Voice is null) { InRegion = raw.Region is not null });
            }
        }

        var source = new TimedSource(id, path, RollingCaptions.RemoveRepeats(cues))
        {
            Title = document.Title,
            Language = HeaderValue(document.HeaderLines, "Language"),
        };
        return new TranscriptParseResult(TimedTranscriptBuilder.Build(source, sidecar ?? TranscriptHeader.Empty, diagnostics), diagnostics);
    }

    private static string? HeaderValue(IReadOnlyList<string> lines, string key)
    {
        foreach (var line in lines)
        {
            if (line.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase) && line[(key.Length + 1)..].Trim() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
