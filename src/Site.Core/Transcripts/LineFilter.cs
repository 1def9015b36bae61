using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>
/// Sets aside what is not transcript: scrape noise (<see cref="NoiseFilter"/>), lines matching a front matter
/// <c>drop</c> pattern, and the page furniture from a trailing marker (<c>Related posts</c>, <c>相关文章</c>...) to the
/// end. Speakers are known only once the kept lines are read, so the lines are asked for twice: first without
/// speakers (today's guess, from which speakers are found), then with them, when nothing a known speaker says is
/// set aside: a noise rule keeps such a line, and a marker ends the transcript only after the last such line.
/// What is still dropped and looks like a turn (<c>Name: ...</c>) is reported (SITE307).
/// </summary>
internal sealed class LineFilter
{
    private readonly List<SourceLine> _all;
    private readonly bool[] _noise;
    private readonly string?[] _pattern;
    private readonly bool[] _marker;

    // The first marker after the conversation started (a line with a name-like prefix), or the line count.
    private readonly int _firstCut;

    private LineFilter(List<SourceLine> all, DropPatterns drop, string path, List<Diagnostic> diagnostics)
    {
        _all = all;
        _noise = new bool[all.Count];
        _pattern = new string?[all.Count];
        _marker = new bool[all.Count];
        _firstCut = all.Count;
        var conversationStarted = false;
        for (var i = 0; i < all.Count; i++)
        {
            var text = all[i].Text;
            _noise[i] = NoiseFilter.IsNoiseLine(text);
            _pattern[i] = drop.Count == 0 ? null : drop.MatchingPattern(all[i], path, diagnostics);
            if (_noise[i] || _pattern[i] is not null)
            {
                continue;
            }

            _marker[i] = NoiseFilter.IsTrailingMarker(text);
            if (_marker[i] && conversationStarted && _firstCut == all.Count)
            {
                _firstCut = i;
            }

            conversationStarted = conversationStarted || LooksLikeTurn(text, out _);
        }
    }

    public static LineFilter Read(List<SourceLine> all, DropPatterns drop, string path, List<Diagnostic> diagnostics) =>
        new(all, drop, path, diagnostics);

    /// <summary>
    /// The lines to read: without <paramref name="speakers"/> everything after the first trailing marker is set
    /// aside; with them, lines they say are kept and the transcript ends at the first marker after the last of them.
    /// </summary>
    public List<SourceLine> Lines(SpeakerDirectory? speakers)
    {
        var cut = Cut(speakers);
        var lines = new List<SourceLine>(cut);
        for (var i = 0; i < cut; i++)
        {
            if (_pattern[i] is null && ((!_noise[i] && !_marker[i]) || (speakers is not null && IsKnownTurn(_all[i].Text, speakers))))
            {
                lines.Add(_all[i]);
            }
        }

        return lines;
    }

    /// <summary>Reports (SITE307) each dropped line that looks like a turn: of anyone when noise or furniture, of a known speaker when a pattern dropped it.</summary>
    public void Report(SpeakerDirectory speakers, string path, List<Diagnostic> diagnostics)
    {
        var cut = Cut(speakers);
        for (var i = 0; i < _all.Count; i++)
        {
            var line = _all[i];
            if (_pattern[i] is { } pattern)
            {
                if (IsKnownTurn(line.Text, speakers))
                {
                    Warn(line, $"the drop pattern '{pattern}' removes this turn of '{TurnPrefix.Split(line.Text)!.Value.Prefix}', a speaker of the transcript; narrow the pattern if the turn should stay", path, diagnostics);
                }
            }
            else if ((i >= cut || (_noise[i] && !IsKnownTurn(line.Text, speakers))) && LooksLikeTurn(line.Text, out var prefix))
            {
                var why = i >= cut
                    ? $"it follows '{_all[cut].Text}' (line {_all[cut].Number}), taken for the page furniture after the transcript"
                    : "it was taken for scrape noise";
                Warn(line, $"this line looks like a turn of '{prefix}', who is not a speaker of the transcript, and is not shown: {why}; list the speaker in the guest block or front matter if it is one", path, diagnostics);
            }
        }
    }

    private int Cut(SpeakerDirectory? speakers)
    {
        if (speakers is null || speakers.IsEmpty || _firstCut == _all.Count)
        {
            return _firstCut;
        }

        // The furniture starts at the first marker after the last line a known speaker says.
        var last = _all.Count - 1;
        while (last >= _firstCut && (_pattern[last] is not null || !IsKnownTurn(_all[last].Text, speakers)))
        {
            last--;
        }

        for (var i = Math.Max(last + 1, _firstCut); i < _all.Count; i++)
        {
            if (_marker[i])
            {
                return i;
            }
        }

        return _all.Count;
    }

    public static bool IsKnownTurn(string text, SpeakerDirectory speakers) =>
        TurnPrefix.Split(text) is { } split && speakers.Resolve(split.Prefix).Candidates.Count > 0;

    private static bool LooksLikeTurn(string text, out string prefix)
    {
        var found = TurnPrefix.TrySplit(text, out var name, out var rest) && !rest.IsEmpty && TextRules.IsNameLike(name);
        prefix = found ? name.ToString() : string.Empty;
        return found;
    }

    private static void Warn(SourceLine line, string message, string path, List<Diagnostic> diagnostics) =>
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DroppedTurnText, path, line.Number, line.Column, message));
}
