using Site.Diagnostics;

namespace Site.Transcripts.Highlights;

/// <summary>
/// Keeps the pins that name a highlight of the list and a turn of the transcript. A pin naming no turn is SITE340 (with
/// the nearest ids), one numbering no highlight SITE341; either way the highlight keeps its automatic choice.
/// </summary>
internal static class CheckHighlightPins
{
    public static IReadOnlyList<HighlightPin> Check(IReadOnlyList<HighlightPin> pins, Transcript transcript, List<Diagnostic> diagnostics)
    {
        if (pins.Count == 0)
        {
            return [];
        }

        var ids = transcript.AllTurns.Select(turn => turn.Id).ToHashSet(StringComparer.Ordinal);
        var kept = new List<HighlightPin>();
        foreach (var pin in pins)
        {
            if (pin.Number > transcript.Highlights.Count)
            {
                var count = transcript.Highlights.Count;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidHighlightPin, transcript.SourcePath, pin.Line, pin.Column,
                    count == 0 ? $"highlight {pin.Number} is pinned but the transcript has no highlights block" : $"highlight {pin.Number} is pinned but the transcript has {count} highlights"));
            }
            else if (!ids.Contains(pin.TurnId))
            {
                var nearest = Site.Yaml.KeySuggestion.Nearest(pin.TurnId, ids);
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownHighlightTurn, transcript.SourcePath, pin.Line, pin.Column,
                    $"highlight {pin.Number} is pinned to turn '{pin.TurnId}', which is not a turn of this transcript" + (nearest is null ? "; turn ids look like 's02-t05'" : $"; did you mean '{nearest}'?")));
            }
            else
            {
                kept.Add(pin);
            }
        }

        return kept;
    }
}
